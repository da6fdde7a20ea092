package org.opentmf.ordering.operations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The TMF622 API version of the request being served ({@code v4}, {@code v5}, ...), read from its path, so that
 * the domain can stay version-free and still be counted per version. {@code none} outside a request.
 */
@ApplicationScoped
public class ApiVersions {

    static final String NONE = "none";

    private static final Pattern VERSION = Pattern.compile("^/tmf-api/productOrderingManagement/(v\\d{1,2})(/|$)");

    @Inject
    CurrentVertxRequest request;

    public String current() {
        if (!Arc.container().requestContext().isActive()) {
            return NONE;
        }
        RoutingContext rc = request.getCurrent();
        if (rc == null) {
            return NONE;
        }
        return of(rc.normalizedPath());
    }

    /** The API version a request path belongs to, {@code none} for any other path ({@code /q/metrics}, ...). */
    static String of(String path) {
        Matcher m = VERSION.matcher(path == null ? "" : path);
        return m.find() ? m.group(1) : NONE;
    }
}
