package org.opentmf.ordering.issuance.qualification;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;

import io.quarkus.oidc.client.reactive.filter.runtime.AbstractOidcClientRequestReactiveFilter;

/**
 * Puts an access token of the default OIDC client ({@code quarkus.oidc-client.*}, client-credentials grant unless
 * configured otherwise) on every call to the TMF679 server. Quarkus's filter does the work: it acquires the token,
 * reuses it until it expires, then refreshes or re-acquires it. This subclass only exists because the
 * TMF679 client is built at run time (its URL is a setting), so it needs a filter instance, while the packaged
 * filter is meant for injected clients annotated with {@code @OidcClientFilter}. When no token can be had, the
 * call fails (it is never sent without one), and the check counts as not verified.
 */
@Singleton
@Priority(Priorities.AUTHENTICATION)
public class ClientCredentialsToken extends AbstractOidcClientRequestReactiveFilter {
}
