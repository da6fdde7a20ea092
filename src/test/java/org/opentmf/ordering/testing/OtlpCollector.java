package org.opentmf.ordering.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An OTLP/HTTP trace receiver on loopback, started for the ConfiguredServer profile: the server exports its
 * spans here ({@code http/protobuf}, POST .../v1/traces) exactly as it would to a collector. The protobuf
 * {@code ExportTraceServiceRequest} is read with a few lines of wire-format decoding (no generated classes):
 * resource_spans(1) > scope_spans(2) > spans(2) > trace_id(1), span_id(2), parent_span_id(4), name(5).
 *
 * <p>Tests read what it received over HTTP ({@link #spans(String)}: GET /spans on the same receiver, one span a
 * line), since the test and this resource may be loaded by different class loaders. Each line is
 * "traceId spanId parentSpanId name" (hex ids, "-" for no parent).
 */
public class OtlpCollector implements QuarkusTestResourceLifecycleManager {

    /** The key whose value is this receiver's address. */
    public static final String ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";

    private final List<String> spans = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/spans", exchange -> {
            byte[] lines = String.join("\n", spans).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, lines.length == 0 ? -1 : lines.length);
            exchange.getResponseBody().write(lines);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            InputStream in = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                in = new GZIPInputStream(in);
            }
            byte[] body = in.readAllBytes();
            if (exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                new Reader(body, 0, body.length).fields((field, r) -> {
                    if (field == 1) {
                        r.fields((f2, scope) -> {
                            if (f2 == 2) {
                                scope.fields((f3, spanList) -> {
                                    if (f3 == 2) {
                                        spans.add(span(spanList));
                                    }
                                });
                            }
                        });
                    }
                });
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1); // an empty ExportTraceServiceResponse
            exchange.close();
        });
        server.start();
        return Map.of(
                ENDPOINT, "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "0.1s",
                // Configuration from test resources is added after the config source factories ran, so
                // operations/TracingExportSwitch cannot see this endpoint (an environment variable it does see:
                // TracingExportSwitchTest); say what it would have said.
                "quarkus.otel.traces.sampler.arg", "1.0");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Every span the receiver at {@code endpoint} got so far, as "traceId spanId parentSpanId name". */
    public static List<String> spans(String endpoint) {
        String text = io.restassured.RestAssured.given().get(endpoint + "/spans").then().statusCode(200)
                .extract().asString();
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static String span(Reader span) {
        String[] parts = {"-", "-", "-", ""};
        span.fields((field, value) -> {
            switch (field) {
                case 1 -> parts[0] = HexFormat.of().formatHex(value.bytes());
                case 2 -> parts[1] = HexFormat.of().formatHex(value.bytes());
                case 4 -> parts[2] = value.length() == 0 ? "-" : HexFormat.of().formatHex(value.bytes());
                case 5 -> parts[3] = new String(value.bytes(), java.nio.charset.StandardCharsets.UTF_8);
                default -> {
                }
            }
        });
        return String.join(" ", parts);
    }

    /** Walks the length-delimited fields of one protobuf message, skipping every other wire type. */
    private record Reader(byte[] buf, int from, int to) {

        interface Field {
            void accept(int number, Reader value);
        }

        int length() {
            return to - from;
        }

        byte[] bytes() {
            return java.util.Arrays.copyOfRange(buf, from, to);
        }

        void fields(Field each) {
            int[] pos = {from};
            while (pos[0] < to) {
                long key = varint(pos);
                int number = (int) (key >>> 3);
                switch ((int) (key & 7)) {
                    case 0 -> varint(pos);
                    case 1 -> pos[0] += 8;
                    case 5 -> pos[0] += 4;
                    case 2 -> {
                        int len = (int) varint(pos);
                        each.accept(number, new Reader(buf, pos[0], pos[0] + len));
                        pos[0] += len;
                    }
                    default -> throw new IllegalStateException("unexpected protobuf wire type in " + key);
                }
            }
        }

        private long varint(int[] pos) {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = buf[pos[0]++];
                v |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return v;
                }
            }
        }
    }
}
