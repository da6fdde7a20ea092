package org.opentmf.ordering.testing;

import java.util.List;
import java.util.Map;

import org.opentmf.ordering.issuance.Tmf679Stub;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The one profile with security on: a real OIDC provider on loopback ({@link OidcIssuer}) as the issuer, so every
 * request needs a bearer token. All secured tests share it (one more Quarkus start); the rest of the suite runs the
 * zero-configuration server, which serves without authentication.
 */
public class SecuredServer implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // a rotated key is fetched on the first token that names it, however soon after the last fetch
                "quarkus.oidc.token.forced-jwk-refresh-interval", "0S",
                // closable: Swagger UI closed here, health and the OpenAPI document left open
                "ordering.security.open.swagger-ui", "false");
    }

    /**
     * The issuer, which is also the provider of the server's own OIDC client, and a TMF679 server that wants a
     * bearer token ({@link Tmf679Stub}): only the feasibility tests refer to POQs, so only they call it.
     */
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcIssuer.class),
                new TestResourceEntry(Tmf679Stub.class, Map.of(Tmf679Stub.REQUIRE_TOKEN, "true")));
    }
}
