package org.opentmf.ordering.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may do what (README, section "Security"). Authentication itself is Quarkus OIDC ({@code quarkus.oidc.*}):
 * it is on when {@code quarkus.oidc.auth-server-url} names an issuer.
 */
@ConfigMapping(prefix = "ordering.security")
public interface SecurityConfig {

    /**
     * Not set: on with an issuer; without one, off on the embedded database and in dev mode and tests, and a
     * refused start otherwise. {@code false}: serve without authentication whatever the database.
     * {@code true}: an issuer is required.
     */
    Optional<Boolean> enabled();

    /** The token claim naming the party a customer-facing client acts for. */
    @WithDefault("party_id")
    String partyClaim();

    /** Role names, as the token carries them ({@code quarkus.oidc.roles.role-claim-path}, default {@code roles}). */
    Roles roles();

    /** What is served without a token when security is on. */
    Open open();

    interface Roles {
        /** Read orders, cancellation tasks, initiating requests and hub subscriptions. */
        @WithDefault("tmf622.read")
        String read();

        /** Read, and create, change, delete and cancel orders, register and remove hub subscriptions. */
        @WithDefault("tmf622.write")
        String write();

        /** Everything, the admin/ resources included; never party-scoped. */
        @WithDefault("tmf622.admin")
        String admin();
    }

    interface Open {
        /** {@code /q/health} and below. */
        @WithDefault("true")
        boolean health();

        /** {@code /q/openapi}. */
        @WithDefault("true")
        boolean openapi();

        /** {@code /q/metrics}: Prometheus scrapes without a token (route templates and counts, no party data). */
        @WithDefault("true")
        boolean metrics();

        /** {@code /q/swagger-ui}. */
        @WithDefault("true")
        boolean swaggerUi();
    }
}
