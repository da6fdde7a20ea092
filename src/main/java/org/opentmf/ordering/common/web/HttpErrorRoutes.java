package org.opentmf.ordering.common.web;

import jakarta.enterprise.event.Observes;

import org.opentmf.ordering.common.error.TmfError;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers that never reach JAX-RS (no route at all, a body over the HTTP limit) still get a TMF Error body.
 */
public class HttpErrorRoutes {

    void install(@Observes Router router) {
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
