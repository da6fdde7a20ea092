package org.opentmf.ordering.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Settings that follow from security being on. Forwarded headers ({@code X-Forwarded-*}, {@code Forwarded}) decide
 * the hrefs, {@code Location} and {@code Link} a client gets back: with security on they are honoured only from
 * {@code quarkus.http.proxy.trusted-proxies}, and not at all while that is empty. And
 * without an issuer, or with {@code ordering.security.enabled=false}, the OIDC tenant is off, so no token is checked
 * either ({@link SecurityMode} decides whether that may start).
 * Registered in META-INF/services/io.smallrye.config.ConfigSourceFactory.
 */
public class SecurityConfigSourceFactory implements ConfigSourceFactory {

    static final String TRUSTED_PROXIES = "quarkus.http.proxy.trusted-proxies";
    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    static final int ORDINAL = 270;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean issuer = isSet(context, SecurityMode.ISSUER);
        String enabled = value(context, "ordering.security.enabled");
        Map<String, String> derived = new HashMap<>();
        if (!issuer || "false".equalsIgnoreCase(enabled)) {
            // no issuer: the OIDC tenant would refuse to start on its own; SecurityMode decides, with a clearer message
            derived.put("quarkus.oidc.tenant-enabled", "false");
        } else if (issuer && !isSet(context, TRUSTED_PROXIES)) {
            derived.put("quarkus.http.proxy.proxy-address-forwarding", "false");
            derived.put("quarkus.http.proxy.allow-forwarded", "false");
            derived.put("quarkus.http.proxy.allow-x-forwarded", "false");
        }
        return derived.isEmpty() ? List.of() : List.of(new PropertiesConfigSource(derived, "ordering-security", ORDINAL));
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        String v = value(context, name);
        return v != null && !v.isBlank();
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        return v == null ? null : v.getValue();
    }
}
