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
 * every delivery (DNS may have changed in between).
 */
@ApplicationScoped
public class CallbackGuard {

    /** AWS IMDS over IPv6; 169.254.169.254 (every cloud) is covered by the link-local check. */
    private static final String AWS_METADATA_V6 = "fd00:ec2:0:0:0:0:0:254";

    @Inject
    OrderingConfig config;

    /** The refusal reason, or null when the callback may be called. */
    public String check(String callback) {
        URI uri;
        try {
            uri = new URI(callback);
        } catch (URISyntaxException | NullPointerException e) {
            return "callback is not a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return "callback must be an absolute http or https URL";
        }
        if (uri.getRawUserInfo() != null) {
            return "callback must not carry user information";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (!allowed(host, config.events().callbackAllowedHosts())) {
            return "callback host '" + host + "' is not allowed (ordering.events.callback-allowed-hosts)";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "callback host '" + host + "' cannot be resolved";
        }
        for (InetAddress a : addresses) {
            if (forbidden(a)) {
                return "callback host '" + host + "' is a link-local or cloud metadata address";
            }
        }
        return null;
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
