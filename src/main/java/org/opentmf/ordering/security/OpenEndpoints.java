package org.opentmf.ordering.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.opentmf.ordering.common.error.TmfError;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The Quarkus endpoints under {@code /q} are not API resources, so no {@link Operation} guards them: with security
 * on, health, the OpenAPI documents (v4 and v5), the metrics and Swagger UI stay open unless configured closed, and any other {@code /q}
 * path, or a closed one, needs a valid bearer token (any role). Runs after the OIDC layer has authenticated the
 * request and before the endpoints themselves.
 * <p>
 * The API itself ({@code /tmf-api}) is refused here too when no token came: a request without one gets its 401
 * before its body is read, so it learns nothing about what the API would make of the body (no 400 first).
 */
public class OpenEndpoints {

    @Inject
    SecurityMode mode;

    @Inject
    SecurityConfig config;

    void install(@Observes Router router) {
        // after the security filters (negative orders: authentication is -200) and the upload limit, before every
        // route (orders from 0 up, /q included)
        router.route("/q/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::guard);
        router.route("/tmf-api/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::requireToken);
    }

    private void requireToken(RoutingContext ctx) {
        if (!mode.on()) {
            ctx.next();
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(identity -> {
            if (identity == null || identity.isAnonymous()) {
                unauthorized(ctx);
            } else {
                ctx.next();
            }
        }, ctx::fail);
    }

    private static void unauthorized(RoutingContext ctx) {
        ctx.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", Access.CHALLENGE)
                .putHeader("Content-Type", "application/json")
                .end(TmfError.of(401, "Unauthorized", "A bearer token is required").toJson());
    }

    /** {@code /q}: the open endpoints pass; the others need a token like the API. */
    private void guard(RoutingContext ctx) {
        if (open(ctx.normalizedPath())) {
            ctx.next();
        } else {
            requireToken(ctx);
        }
    }

    private boolean open(String path) {
        SecurityConfig.Open open = config.open();
        return open.health() && under(path, "/q/health")
                || open.openapi() && (under(path, "/q/openapi") || under(path, "/q/openapi-v5"))
                || open.metrics() && under(path, "/q/metrics")
                || open.swaggerUi() && under(path, "/q/swagger-ui");
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/") || path.startsWith(root + "?")
                || path.startsWith(root + ".");
    }
}
