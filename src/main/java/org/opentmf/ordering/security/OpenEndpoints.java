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
 * on, health, the OpenAPI documents (v4 and v5) and Swagger UI stay open unless configured closed, and any other {@code /q}
 * path, or a closed one, needs a valid bearer token (any role). Runs after the OIDC layer has authenticated the
 * request and before the endpoints themselves.
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
    }

    private void guard(RoutingContext ctx) {
        if (!mode.on() || open(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(identity -> {
            if (identity == null || identity.isAnonymous()) {
                ctx.response().setStatusCode(401)
                        .putHeader("WWW-Authenticate", Access.CHALLENGE)
                        .putHeader("Content-Type", "application/json")
                        .end(TmfError.of(401, "Unauthorized", "A bearer token is required").toJson());
            } else {
                ctx.next();
            }
        }, ctx::fail);
    }

    private boolean open(String path) {
        SecurityConfig.Open open = config.open();
        return open.health() && under(path, "/q/health")
                || open.openapi() && (under(path, "/q/openapi") || under(path, "/q/openapi-v5"))
                || open.swaggerUi() && under(path, "/q/swagger-ui");
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/") || path.startsWith(root + "?")
                || path.startsWith(root + ".");
    }
}
