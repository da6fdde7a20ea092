package org.opentmf.ordering.security;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentmf.ordering.common.db.EmbeddedPostgresConfigSourceFactory;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Whether requests are authenticated, decided once at start. Off only where that is safe: the zero-configuration
 * run on the embedded database, dev mode and tests, or where a deployment says so explicitly; an external
 * database without an issuer is a refused start, with what to set.
 */
@Singleton
public class SecurityMode {

    static final String ISSUER = "quarkus.oidc.auth-server-url";

    private final boolean on;
    private final String refusal;
    private final String warning;

    @Inject
    SecurityMode(SecurityConfig config,
            @ConfigProperty(name = ISSUER) Optional<String> issuer,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl) {
        this(config, issuer, jdbcUrl, LaunchMode.current());
    }

    SecurityMode(SecurityConfig config, Optional<String> issuer, Optional<String> jdbcUrl, LaunchMode launchMode) {
        Optional<Boolean> enabled = config.enabled();
        boolean hasIssuer = issuer.filter(s -> !s.isBlank()).isPresent();
        boolean safeWithout = launchMode != LaunchMode.NORMAL
                || EmbeddedPostgresConfigSourceFactory.isEmbedded(jdbcUrl.orElse(null));
        String refusal = null;
        String warning = null;
        if (hasIssuer) {
            on = enabled.orElse(true);
            if (!on) {
                warning = "ordering.security.enabled=false: serving WITHOUT authentication although "
                        + ISSUER + " is set; anyone who reaches the port may read and change every order";
            }
        } else if (enabled.orElse(false)) {
            on = true;
            refusal = "ordering.security.enabled=true needs an OIDC issuer: set " + ISSUER
                    + " (QUARKUS_OIDC_AUTH_SERVER_URL), e.g. https://keycloak.example.com/realms/bss";
        } else if (enabled.isPresent() || safeWithout) {
            on = false;
            warning = "No OIDC issuer (" + ISSUER + "): serving WITHOUT authentication"
                    + (enabled.isPresent() ? " (ordering.security.enabled=false)" : " (embedded database, dev mode or tests)")
                    + "; anyone who reaches the port may read and change every order."
                    + " Set QUARKUS_OIDC_AUTH_SERVER_URL to require bearer tokens";
        } else {
            on = false;
            refusal = "Refusing to start without authentication on an external database: set " + ISSUER
                    + " (QUARKUS_OIDC_AUTH_SERVER_URL) to your OIDC issuer, or ordering.security.enabled=false"
                    + " (ORDERING_SECURITY_ENABLED=false) to serve without authentication on purpose";
        }
        this.refusal = refusal;
        this.warning = warning;
    }

    /** Whether every API request needs a bearer token. */
    public boolean on() {
        return on;
    }

    void check(@Observes StartupEvent start) {
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        if (warning != null) {
            Log.warn(warning);
        } else {
            Log.info("Security on: every API request needs a bearer token from the OIDC issuer");
        }
    }
}
