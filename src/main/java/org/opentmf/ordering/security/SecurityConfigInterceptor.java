package org.opentmf.ordering.security;

import java.util.Set;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Settings that follow from whether security is on, worked out when they are read, from every source (environment,
 * system properties, files, test resources). Registered in META-INF/services/io.smallrye.config.ConfigSourceInterceptor.
 *
 * <ul>
 * <li>The OIDC tenant is on only with an issuer and without {@code ordering.security.enabled=false} (on its own it
 * would refuse to start without an issuer; {@link SecurityMode} decides whether that may start, with a clearer
 * message), unless {@code quarkus.oidc.tenant-enabled} is set explicitly.</li>
 * <li>Forwarded headers ({@code X-Forwarded-*}, {@code Forwarded}) decide the hrefs, {@code Location} and
 * {@code Link} a client gets back: with security on they are honoured only from
 * {@code quarkus.http.proxy.trusted-proxies}, and not at all while that is empty.</li>
 * </ul>
 */
public class SecurityConfigInterceptor implements ConfigSourceInterceptor {

    private static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";
    private static final String TRUSTED_PROXIES = "quarkus.http.proxy.trusted-proxies";
    private static final Set<String> FORWARDING = Set.of("quarkus.http.proxy.proxy-address-forwarding",
            "quarkus.http.proxy.allow-forwarded", "quarkus.http.proxy.allow-x-forwarded");

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (TENANT_ENABLED.equals(name)) {
            if (value != null && value.getConfigSourceOrdinal() > 0) {
                return value; // set explicitly
            }
            String enabled = Boolean.toString(securityOn(context));
            return value == null ? ConfigValue.builder().withName(name).withValue(enabled).build()
                    : value.withValue(enabled);
        }
        if (FORWARDING.contains(name) && value != null && securityOn(context) && !isSet(context, TRUSTED_PROXIES)) {
            return value.withValue("false");
        }
        return value;
    }

    private static boolean securityOn(ConfigSourceInterceptorContext context) {
        ConfigValue enabled = context.proceed("ordering.security.enabled");
        return isSet(context, SecurityMode.ISSUER)
                && (enabled == null || !"false".equalsIgnoreCase(enabled.getValue()));
    }

    private static boolean isSet(ConfigSourceInterceptorContext context, String name) {
        ConfigValue v = context.proceed(name);
        return v != null && v.getValue() != null && !v.getValue().isBlank();
    }
}
