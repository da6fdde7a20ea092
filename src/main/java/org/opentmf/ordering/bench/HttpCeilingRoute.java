package org.opentmf.ordering.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.opentmf.ordering.common.config.OrderingConfig;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The benchmark's HTTP ceiling: {@code GET /bench/httpCeiling} answers a constant JSON body straight from a
 * Vert.x route of the same server (no JAX-RS, no database), so the benchmark can tell how much of a read's cost
 * is ours. {@code PUT /bench/httpCeiling} sets that body, so it can be a real GET-by-id response, byte for byte.
 * Installed only when {@code ordering.bench.enabled=true} (env {@code ORDERING_BENCH_ENABLED}) at startup: one
 * jar, and in every other run the path is simply unknown (404 TMF Error).
 */
@ApplicationScoped
public class HttpCeilingRoute {

    public static final String PATH = "/bench/httpCeiling";

    private static final Logger LOG = Logger.getLogger(HttpCeilingRoute.class);

    @Inject
    OrderingConfig config;

    private volatile byte[] body = "{}".getBytes();

    void install(@Observes Router router) {
        if (!config.bench().enabled()) {
            return;
        }
        LOG.warnf("Benchmark endpoint %s is enabled (ordering.bench.enabled=true): not for production", PATH);
        router.get(PATH).handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/json")
                .end(Buffer.buffer(body)));
        router.put(PATH).handler(BodyHandler.create()).handler(ctx -> {
            body = ctx.body().buffer().getBytes();
            ctx.response().setStatusCode(204).end();
        });
    }
}
