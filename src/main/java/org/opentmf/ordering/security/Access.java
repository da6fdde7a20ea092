package org.opentmf.ordering.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.party.Requester;

import io.quarkus.security.identity.SecurityIdentity;

import jakarta.json.JsonString;

/**
 * The one decision an API edge asks for, once per request: may the caller do this {@link Operation}, and for whom?
 * Answers with the {@link Requester} the domain works with, or refuses: 401 without a valid token, 403 when the
 * token's roles do not reach the operation (the table is {@link Operation}). The token itself never leaves here.
 */
@ApplicationScoped
public class Access {

    /** What a 401 without any token says (RFC 6750 3): a bearer token is needed, no error code. */
    public static final String CHALLENGE = "Bearer";

    @Inject
    SecurityMode mode;

    @Inject
    SecurityConfig config;

    @Inject
    SecurityIdentity identity;

    public Requester require(Operation operation) {
        if (!mode.on()) {
            return Requester.UNAUTHENTICATED;
        }
        if (identity.isAnonymous()) {
            throw TmfException.unauthorized("A bearer token is required", CHALLENGE);
        }
        Role role = roleOf(identity);
        if (role == null || !role.includes(operation.least())) {
            throw TmfException.forbidden("The token's roles do not allow to " + operation.description()
                    + " (needs " + operation.least().name(config.roles()) + ")");
        }
        String party = claim(config.partyClaim());
        String subject = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            subject = jwt.getSubject();
        }
        String client = claim("azp");
        if (client == null) {
            client = claim("client_id");
        }
        return new Requester(subject, client, party, party != null && role != Role.ADMIN);
    }

    private Role roleOf(SecurityIdentity identity) {
        for (Role r : new Role[] { Role.ADMIN, Role.WRITE, Role.READ }) {
            if (identity.hasRole(r.name(config.roles()))) {
                return r;
            }
        }
        return null;
    }

    private String claim(String name) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        Object value = jwt.getClaim(name);
        if (value instanceof JsonString s) {
            value = s.getString();
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
