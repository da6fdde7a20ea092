package org.opentmf.ordering.operations;

import jakarta.enterprise.event.Observes;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.ext.web.Router;

/**
 * Gives every request a route template before anything can refuse it. A request answered before it reaches a
 * resource (a URI over the limit, a hostile Host, no token) has no template of its own, and Quarkus would label
 * its HTTP metrics with the raw path: any client could then open series without bound. It is labelled
 * {@code /v4/{unrouted}} (per API version) or {@code /{unrouted}} instead; a request that reaches a resource gets
 * the resource's template, which Quarkus REST puts in the same place.
 */
public class UnroutedRequestTemplate {

    /** The context local Quarkus Micrometer reads the route template from. */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String version = ApiVersions.of(ctx.normalizedPath());
            ContextLocals.put(URL_PATH_TEMPLATE, ApiVersions.NONE.equals(version) ? "/{unrouted}" : "/" + version + "/{unrouted}");
            ctx.next();
        });
    }
}
