package org.opentmf.ordering.api.v5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.vertx.ext.web.Router;

/**
 * Serves our v5 contract beside the v4 one: {@code /q/openapi} is v4 (smallrye-openapi, as before),
 * {@code /q/openapi-v5} is {@code api-spec/openapi-v5.yaml} as written ({@code ?format=json} for JSON). Swagger UI
 * offers both (application.properties, {@code quarkus.swagger-ui.urls.*}).
 */
public class V5ContractRoute {

    static final String PATH = "/q/openapi-v5";

    void install(@Observes Router router) {
        byte[] yaml = read(); // at start, so that a jar without its v5 contract does not start
        // A blocking handler: the first JSON request converts the contract (a few hundred ms, once), which start-up
        // no longer pays for (it was 5% of the main thread's start, for a document few clients ask for).
        router.get(PATH).blockingHandler(ctx -> {
            boolean asJson = "json".equalsIgnoreCase(ctx.request().getParam("format"))
                    || String.valueOf(ctx.request().getHeader("Accept")).startsWith("application/json");
            ctx.response()
                    .putHeader("Content-Type", asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                    .end(io.vertx.core.buffer.Buffer.buffer(asJson ? Json.DOCUMENT : yaml));
        });
    }

    /** The contract as JSON, converted on first use (class initialisation is lazy and thread-safe). */
    private static final class Json {
        static final byte[] DOCUMENT = toJson(read());
    }

    private static byte[] read() {
        try (InputStream in = V5ContractRoute.class.getClassLoader().getResourceAsStream(V5Types.CONTRACT)) {
            if (in == null) {
                throw new IllegalStateException("No v5 contract on the classpath at " + V5Types.CONTRACT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] toJson(byte[] yaml) {
        try {
            return new ObjectMapper().writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
