package org.opentmf.ordering.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A subscriber started by the test: a real HTTP server on 127.0.0.1 that records every notification it
 * accepts (and the Host header it came with), and can be told to answer 503 to the next N requests, to redirect
 * every request elsewhere, or to hold each answer back for a while (a slow subscriber).
 */
public final class CallbackListener implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> hosts = new CopyOnWriteArrayList<>();
    private final List<String> traceParents = new CopyOnWriteArrayList<>();
    private volatile String redirectTo;
    private volatile long delayMillis;
    private volatile java.util.concurrent.CountDownLatch gate;

    private CallbackListener(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            String traceParent = exchange.getRequestHeaders().getFirst("traceparent");
            traceParents.add(traceParent == null ? "" : traceParent);
            java.util.concurrent.CountDownLatch held = gate;
            if (held != null) {
                try {
                    held.await(30, java.util.concurrent.TimeUnit.SECONDS); // answers nothing until released
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis); // the subscriber being slow is the behaviour under test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status;
            if (redirectTo != null) {
                exchange.getResponseHeaders().add("Location", redirectTo);
                status = 307;
            } else if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                refused.incrementAndGet();
                status = 503;
            } else {
                received.add(JSON.readTree(new String(body, StandardCharsets.UTF_8)));
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        // several threads, so a slow answer to one request does not hold up the next (as a real server would)
        server.setExecutor(executor);
        server.start();
    }

    private final java.util.concurrent.ExecutorService executor =
            java.util.concurrent.Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "callback-listener");
            t.setDaemon(true);
            return t;
        });

    public static CallbackListener start() {
        return new CallbackListener(0);
    }

    public static CallbackListener start(int port) {
        return new CallbackListener(port);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/listener";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answer 503 to the next {@code n} notifications. */
    public void failNext(int n) {
        failuresLeft.set(n);
    }

    /** Answer every request with a 307 to {@code url}. */
    public void redirectTo(String url) {
        redirectTo = url;
    }

    /** Hold every answer back for {@code millis}. */
    public void delay(long millis) {
        delayMillis = millis;
    }

    /** Holds every answer back until {@link #release()} (a subscriber that hangs). */
    public void hold() {
        gate = new java.util.concurrent.CountDownLatch(1);
    }

    public void release() {
        java.util.concurrent.CountDownLatch held = gate;
        gate = null;
        if (held != null) {
            held.countDown();
        }
    }

    /** Every request received, accepted or not. */
    public int requestCount() {
        return requests.get();
    }

    /** The Host header of every request, in order. */
    public List<String> hosts() {
        return new ArrayList<>(hosts);
    }

    /** The traceparent header of every request, in order ("" when there was none). */
    public List<String> traceParents() {
        return new ArrayList<>(traceParents);
    }

    public int refusedCount() {
        return refused.get();
    }

    public List<JsonNode> received() {
        return new ArrayList<>(received);
    }

    public List<JsonNode> received(Predicate<JsonNode> filter) {
        return received.stream().filter(filter).toList();
    }

    /** Notifications about one resource (productOrder or cancelProductOrder id). */
    public List<JsonNode> about(String resourceId) {
        return received(n -> n.path("event").elements().hasNext()
                && resourceId.equals(n.path("event").elements().next().path("id").asText()));
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }

    /** Polls until the condition holds (fails after a generous timeout); no fixed sleep decides a test. */
    public static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
