package org.opentmf.ordering.issuance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A TMF679 server started by the tests: a real HTTP server on 127.0.0.1 serving ProductOfferingQualifications at
 * {@code /tmf679/productOfferingQualification/{id}} (v4) and {@code /tmf679/checkProductOfferingQualification/{id}}
 * (v5). What it answers depends on the id's first part, {@code <kind>-<anything>} (see {@link #answer}), not on the
 * path; {@code /tmf679/_stub/hits/{id}} says how many times a POQ was asked for, {@code .../hits/{resource}/{id}}
 * how many times under that resource, {@code /tmf679/_stub/authorization/{id}} the Authorization header it was last
 * asked with. With the argument {@code stub.require-token=true} it answers 401 to a request without a bearer
 * token, as a secured TMF679 server would. As a test resource it hands its URL to the server
 * ({@code ordering.feasibility.tmf679-url}), plus the other keys given as arguments.
 */
public class Tmf679Stub implements QuarkusTestResourceLifecycleManager {

    public static final String PATH = "/tmf679";
    public static final String V4_RESOURCE = "productOfferingQualification";
    public static final String V5_RESOURCE = "checkProductOfferingQualification";
    /** System property of the test JVM holding the stub's URL. */
    public static final String URL_PROPERTY = "opentmf.test.tmf679-url";
    /** How long a "slow-" POQ takes to answer: far beyond any configured timeout. */
    public static final long SLOW_MILLIS = 10_000;
    /** How long a "lag-" POQ takes to answer: within the timeout, but not three times over. */
    public static final long LAG_MILLIS = 1_500;

    private static final String FUTURE = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0).toString();
    static final String EXPIRED = "2020-01-01T00:00:00Z";

    private HttpServer server;
    private ExecutorService executor;
    /** Argument: answer 401 without a bearer token. */
    public static final String REQUIRE_TOKEN = "stub.require-token";

    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> authorization = new ConcurrentHashMap<>();
    private Map<String, String> settings = Map.of();
    private boolean requireToken;

    @Override
    public void init(Map<String, String> initArgs) {
        Map<String, String> server = new HashMap<>(initArgs);
        requireToken = Boolean.parseBoolean(server.remove(REQUIRE_TOKEN));
        settings = Map.copyOf(server);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(); // slow answers must not hold the others up
        server.setExecutor(executor);
        for (String resource : List.of(V4_RESOURCE, V5_RESOURCE)) {
            server.createContext(PATH + "/" + resource + "/", exchange -> {
                String id = exchange.getRequestURI().getPath().substring((PATH + "/" + resource + "/").length());
                hits.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                hits.computeIfAbsent(resource + "/" + id, k -> new AtomicInteger()).incrementAndGet();
                String presented = exchange.getRequestHeaders().getFirst("Authorization");
                if (presented != null) {
                    authorization.put(id, presented);
                }
                if (requireToken && (presented == null || !presented.startsWith("Bearer "))) {
                    send(exchange, 401, "application/json",
                            "{\"code\":\"401\",\"reason\":\"Unauthorized\",\"@type\":\"Error\"}");
                    return;
                }
                answer(exchange, id);
            });
        }
        server.createContext(PATH + "/_stub/hits/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring((PATH + "/_stub/hits/").length());
            AtomicInteger count = hits.get(id);
            send(exchange, 200, "text/plain", Integer.toString(count == null ? 0 : count.get()));
        });
        server.createContext(PATH + "/_stub/authorization/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring((PATH + "/_stub/authorization/").length());
            String presented = authorization.get(id);
            send(exchange, presented == null ? 404 : 200, "text/plain", presented == null ? "none" : presented);
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
        System.setProperty(URL_PROPERTY, url); // for tests of the packaged jar, which cannot read its configuration
        Map<String, String> config = new HashMap<>(settings);
        config.put("ordering.feasibility.tmf679-url", url);
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    /**
     * qualified-: v4, done, items 1 qualified, 2 alternate, 3 unqualified, expires in 30 days;
     * allqualified-: v4, done, items 1 and 2 qualified, no expiration date; expired-: v4, done, item 1 qualified,
     * expired on 2020-01-01; inprogress-: v4, inProgress, no result yet; v5-: v5 CheckProductOfferingQualification,
     * done, qualificationResult qualified, item 1 done and qualified, item 2 terminatedWithError; v5unqualified-:
     * v5, done, qualificationResult unqualified; missing-: 404; error-: 500; garbage-: 200 with a body that is not
     * JSON; slow-: allqualified after {@link #SLOW_MILLIS}; lag-: allqualified after {@link #LAG_MILLIS}.
     */
    private static void answer(HttpExchange exchange, String id) throws IOException {
        String kind = id.contains("-") ? id.substring(0, id.indexOf('-')) : id;
        switch (kind) {
            case "qualified" -> v4(exchange, id, "done", FUTURE, """
                    {"id":"1","qualificationItemResult":"qualified"},
                    {"id":"2","qualificationItemResult":"alternate"},
                    {"id":"3","qualificationItemResult":"unqualified"}""");
            case "allqualified" -> v4(exchange, id, "done", null, """
                    {"id":"1","qualificationItemResult":"qualified"},{"id":"2","qualificationItemResult":"qualified"}""");
            case "expired" -> v4(exchange, id, "done", EXPIRED, """
                    {"id":"1","qualificationItemResult":"qualified"}""");
            case "inprogress" -> v4(exchange, id, "inProgress", null, """
                    {"id":"1","state":"inProgress"}""");
            case "v5" -> v5(exchange, id, "qualified");
            case "v5unqualified" -> v5(exchange, id, "unqualified");
            case "missing" -> send(exchange, 404, "application/json",
                    "{\"code\":\"404\",\"reason\":\"Not Found\",\"@type\":\"Error\"}");
            case "error" -> send(exchange, 500, "text/html", "<html><body>Internal Server Error</body></html>");
            case "garbage" -> send(exchange, 200, "application/json", "this is not JSON");
            case "slow" -> {
                pause(SLOW_MILLIS);
                v4(exchange, id, "done", null, "{\"id\":\"1\",\"qualificationItemResult\":\"qualified\"}");
            }
            case "lag" -> {
                pause(LAG_MILLIS);
                v4(exchange, id, "done", null, "{\"id\":\"1\",\"qualificationItemResult\":\"qualified\"}");
            }
            default -> send(exchange, 404, "application/json", "{\"code\":\"404\",\"@type\":\"Error\"}");
        }
    }

    private static void v4(HttpExchange exchange, String id, String state, String expires, String items)
            throws IOException {
        send(exchange, 200, "application/json", """
                {"id":"%s","href":"http://poq.test/productOfferingQualification/%s","state":"%s",%s
                 "productOfferingQualificationItem":[%s],"@type":"ProductOfferingQualification"}"""
                .formatted(id, id, state, expires == null ? "" : "\"expirationDate\":\"" + expires + "\",", items));
    }

    private static void v5(HttpExchange exchange, String id, String result) throws IOException {
        send(exchange, 200, "application/json", """
                {"id":"%s","state":"done","qualificationResult":"%s","expirationDate":"%s",
                 "checkProductOfferingQualificationItem":[
                   {"id":"1","state":"done","qualificationItemResult":"%s","@type":"CheckProductOfferingQualificationItem"},
                   {"id":"2","state":"terminatedWithError","@type":"CheckProductOfferingQualificationItem"}],
                 "@type":"CheckProductOfferingQualification"}""".formatted(id, result, FUTURE, result));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis); // the slow TMF679 server is the behaviour under test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the caller gave up waiting (a timeout under test): nothing to answer to
        } finally {
            exchange.close();
        }
    }
}
