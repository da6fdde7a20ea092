package org.opentmf.ordering.common.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.error.TmfError;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers that never reach JAX-RS (no route at all, a body over the HTTP limit, a request line over
 * {@code ordering.http.max-uri-length}) still get a TMF Error body. What the HTTP decoder itself refuses (a request
 * line over {@code quarkus.http.limits.max-initial-line-length}, a negative or repeated {@code Content-Length},
 * {@code Content-Length} together with {@code Transfer-Encoding}) is answered by Vert.x before any route exists:
 * the status is right (400, 414), the body stays empty, and Quarkus offers no hook to change that.
 */
public class HttpErrorRoutes {

    @Inject
    OrderingConfig config;

    void install(@Observes Router router) {
        int maxUri = config.http().maxUriLength();
        // first of all routes, so that no handler (JAX-RS, health, OpenAPI) parses an over-long URI
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().uri().length() > maxUri) {
                write(ctx, 414, "URI Too Long", "Request URI exceeds the limit of " + maxUri + " characters");
            } else {
                ctx.next();
            }
        });
        router.errorHandler(404, ctx -> write(ctx, 404, "Not Found", "No resource matches this path"));
        router.errorHandler(405, ctx -> write(ctx, 405, "Method Not Allowed", "Method not allowed on this resource"));
        router.errorHandler(413, ctx -> write(ctx, 413, "Payload Too Large", "Request body exceeds the configured limit"));
    }

    private static void write(RoutingContext ctx, int status, String reason, String message) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(TmfError.of(status, reason, message).toJson());
    }
}
