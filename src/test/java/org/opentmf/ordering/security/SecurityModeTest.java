package org.opentmf.ordering.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

/**
 * When the server may start without authentication. A plain unit test: the decision needs the prod launch mode,
 * which no {@code @QuarkusTest} runs in (the packaged-jar IT starts with {@code ordering.security.enabled=false}).
 */
class SecurityModeTest {

    private static final Optional<String> EXTERNAL_DB = Optional.of("jdbc:postgresql://db.example.com:5432/ordering");
    private static final Optional<String> ISSUER = Optional.of("https://keycloak.example.com/realms/bss");

    @Test
    void refusesToStartOnAnExternalDatabaseWithoutAnIssuer() {
        SecurityMode mode = new SecurityMode(config(Optional.empty()), Optional.empty(), EXTERNAL_DB, LaunchMode.NORMAL);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> mode.check(null));
        assertEquals("Refusing to start without authentication on an external database: set"
                + " quarkus.oidc.auth-server-url (QUARKUS_OIDC_AUTH_SERVER_URL) to your OIDC issuer, or"
                + " ordering.security.enabled=false (ORDERING_SECURITY_ENABLED=false) to serve without"
                + " authentication on purpose", refused.getMessage());
    }

    @Test
    void startsWithoutAuthenticationOnAnExternalDatabaseWhenToldExplicitly() {
        SecurityMode mode = new SecurityMode(config(Optional.of(false)), Optional.empty(), EXTERNAL_DB, LaunchMode.NORMAL);
        mode.check(null);
        assertFalse(mode.on());
    }

    @Test
    void startsWithoutAuthenticationOnTheEmbeddedDatabase() {
        String url = "jdbc:postgresql://localhost:54321/postgres?user=postgres";
        System.setProperty("opentmf.embedded-postgres.started-url", url);
        try {
            SecurityMode mode = new SecurityMode(config(Optional.empty()), Optional.empty(), Optional.of(url), LaunchMode.NORMAL);
            mode.check(null);
            assertFalse(mode.on());
        } finally {
            System.clearProperty("opentmf.embedded-postgres.started-url");
        }
    }

    @Test
    void startsWithoutAuthenticationInDevModeAndTests() {
        for (LaunchMode launch : new LaunchMode[] { LaunchMode.DEVELOPMENT, LaunchMode.TEST }) {
            SecurityMode mode = new SecurityMode(config(Optional.empty()), Optional.empty(), EXTERNAL_DB, launch);
            mode.check(null);
            assertFalse(mode.on());
        }
    }

    @Test
    void isOnWithAnIssuer() {
        SecurityMode mode = new SecurityMode(config(Optional.empty()), ISSUER, EXTERNAL_DB, LaunchMode.NORMAL);
        mode.check(null);
        assertTrue(mode.on());
    }

    @Test
    void refusesToStartWhenEnabledWithoutAnIssuer() {
        SecurityMode mode = new SecurityMode(config(Optional.of(true)), Optional.empty(), EXTERNAL_DB, LaunchMode.NORMAL);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> mode.check(null));
        assertTrue(refused.getMessage().startsWith("ordering.security.enabled=true needs an OIDC issuer: set"
                + " quarkus.oidc.auth-server-url"), refused.getMessage());
    }

    private static SecurityConfig config(Optional<Boolean> enabled) {
        return new SecurityConfig() {
            @Override
            public Optional<Boolean> enabled() {
                return enabled;
            }

            @Override
            public String partyClaim() {
                return "party_id";
            }

            @Override
            public Roles roles() {
                return null;
            }

            @Override
            public Open open() {
                return null;
            }
        };
    }
}
