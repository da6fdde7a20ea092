package org.opentmf.ordering.common.web;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opentmf.ordering.common.error.TmfException;

import io.vertx.core.http.HttpServerRequest;

/**
 * hrefs, {@code Location} and {@code Link} are built from the client-facing scheme and host ({@link Hrefs}), which
 * proxies send in {@code X-Forwarded-Host}, {@code X-Forwarded-Proto} or {@code Forwarded}. A value that is no host
 * ({@code evil.example"><script>}) would give a URL that cannot be built, or one that is not ours: it is refused
 * with a 400 before any resource runs (and before anything is stored), for every API version.
 */
public class ClientHostCheck {

    /** A DNS name (underscores too, as container names have them), an IPv4 address or a bracketed IPv6 one, and a port. */
    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,252}[A-Za-z0-9_.])?|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");

    @ServerRequestFilter(preMatching = true)
    public void checkClientFacingHost(HttpServerRequest request) {
        String scheme = request.scheme() == null ? "" : request.scheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw TmfException.badRequest("Invalid scheme in X-Forwarded-Proto or Forwarded: http or https expected");
        }
        String host = request.host();
        if (host != null && !valid(host)) {
            throw TmfException.badRequest("Invalid host in the Host, X-Forwarded-Host or Forwarded header");
        }
    }

    static boolean valid(String host) {
        if (!HOST.matcher(host).matches()) {
            return false;
        }
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            int port = Integer.parseInt(host.substring(colon + 1));
            return port >= 1 && port <= 65535;
        }
        return true;
    }
}
