package org.opentmf.ordering.events.hub;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.opentmf.ordering.common.config.OrderingConfig;

/**
 * Server-side request forgery guard for callbacks: absolute http(s) URLs only, the host must match
 * {@code ordering.events.callback-allowed-hosts}, and neither the host nor any address it resolves to may be
 * link-local (169.254.0.0/16, fe80::/10) or a cloud metadata address. Checked at registration and again before
 * every delivery (DNS may have changed in between); a delivery then connects to an address this check accepted
 * ({@link Verdict#addresses()}), never to a second resolution of the name, so DNS rebinding cannot slip past it.
 */
@ApplicationScoped
public class CallbackGuard {

    /** AWS IMDS over IPv6; 169.254.169.254 (every cloud) is covered by the link-local check. */
    private static final String AWS_METADATA_V6 = "fd00:ec2:0:0:0:0:0:254";

    @Inject
    OrderingConfig config;

    @Inject
    CallbackResolver resolver;

    /**
     * The outcome of a check: a refusal, or the callback with the addresses it was checked against.
     *
     * @param refusal   why the callback may not be called; null when it may
     * @param uri       the callback (null when refused)
     * @param addresses the checked addresses of its host, in resolver order (empty when refused)
     */
    public record Verdict(String refusal, URI uri, List<InetAddress> addresses) {
        static Verdict refused(String why) {
            return new Verdict(why, null, List.of());
        }

        public boolean allowed() {
            return refusal == null;
        }

        /** The callback's port, the scheme's default when it names none. */
        public int port() {
            return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        }
    }

    /** The refusal reason, or null when the callback may be called. */
    public String check(String callback) {
        return inspect(callback).refusal();
    }

    /** Checks a callback and keeps the addresses it was checked against, for the connection. */
    public Verdict inspect(String callback) {
        URI uri;
        try {
            uri = new URI(callback);
        } catch (URISyntaxException | NullPointerException e) {
            return Verdict.refused("callback is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Verdict.refused("callback must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Verdict.refused("callback must not carry user information");
        }
        // java.net.URI takes any digits for a port ("http://host:99999/"); a connection needs 1..65535
        if (uri.getPort() == 0 || uri.getPort() > 65535 || (uri.getPort() < 0 && uri.getRawAuthority().contains(":")
                && !uri.getRawAuthority().endsWith("]"))) {
            return Verdict.refused("callback port must be from 1 to 65535");
        }
        if (uri.getRawFragment() != null) {
            return Verdict.refused("callback must not carry a fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (!allowed(host, config.events().callbackAllowedHosts())) {
            return Verdict.refused("callback host '" + host + "' is not allowed (ordering.events.callback-allowed-hosts)");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Verdict.refused("callback host '" + host + "' cannot be resolved");
        }
        if (addresses.isEmpty()) {
            return Verdict.refused("callback host '" + host + "' cannot be resolved");
        }
        for (InetAddress a : addresses) {
            if (forbidden(a)) {
                return Verdict.refused("callback host '" + host + "' is a link-local or cloud metadata address");
            }
        }
        return new Verdict(null, uri, List.copyOf(addresses));
    }

    static boolean allowed(String host, List<String> patterns) {
        for (String raw : patterns) {
            String p = raw.strip().toLowerCase(Locale.ROOT);
            if (p.equals("*") || p.equals(host)) {
                return true;
            }
            if (p.startsWith("*.") && host.endsWith(p.substring(1)) && host.length() > p.length() - 1) {
                return true;
            }
        }
        return false;
    }

    static boolean forbidden(InetAddress a) {
        return a.isLinkLocalAddress() || a.getHostAddress().toLowerCase(Locale.ROOT).split("%")[0].equals(AWS_METADATA_V6);
    }
}
