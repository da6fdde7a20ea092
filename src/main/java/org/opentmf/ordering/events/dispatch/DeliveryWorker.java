package org.opentmf.ordering.events.dispatch;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.events.EventEnvelope;
import org.opentmf.ordering.events.hub.CallbackGuard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;

/**
 * One dispatcher: fans new outbox events out, claims due deliveries and POSTs them on a bounded pool of its own,
 * never on a request thread. Several workers (in one JVM or many) can share a database: claims never overlap.
 * A pass never waits for a subscriber; a slow one only occupies its own in-flight slots until the request timeout.
 *
 * <p>Each POST goes to an address the {@link CallbackGuard} has just checked (Vert.x's client connects to the
 * given server address and still sends the callback's host name as Host, TLS server name and certificate
 * name), so a name that resolves to an allowed address for the check and to another one a moment later (DNS
 * rebinding) cannot lead a delivery past the guard. Redirects are never followed.
 */
public class DeliveryWorker {

    private final String id;
    private final DeliveryStore store;
    private final CallbackGuard guard;
    private final ObjectMapper json;
    private final OrderingConfig.Events config;
    private final HttpClient http;
    private final ThreadPoolExecutor senders;
    private final Semaphore slots;
    private final AtomicBoolean passRunning = new AtomicBoolean();
    private final AtomicBoolean passRequested = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicLong delivered = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.Map<String, EventEnvelope> envelopes;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final DeliveryObserver observer;
    private final Tracer tracer;

    public DeliveryWorker(String id, DeliveryStore store, CallbackGuard guard, ObjectMapper json,
            OrderingConfig.Events config, Vertx vertx) {
        this(id, store, guard, json, config, vertx, java.util.Map.of(), DeliveryObserver.NONE, OpenTelemetry.noop());
    }

    /**
     * {@code envelopes}: the notification writers of the API versions other than v4, by version; {@code observer}
     * sees every attempt; {@code telemetry} is the tracing each delivery's span belongs to.
     */
    public DeliveryWorker(String id, DeliveryStore store, CallbackGuard guard, ObjectMapper json,
            OrderingConfig.Events config, Vertx vertx, java.util.Map<String, EventEnvelope> envelopes,
            DeliveryObserver observer, OpenTelemetry telemetry) {
        this.envelopes = envelopes;
        this.id = id;
        this.observer = observer;
        this.tracer = telemetry.getTracer("org.opentmf.ordering.events");
        this.store = store;
        this.guard = guard;
        this.json = json;
        this.config = config;
        int n = Math.max(1, config.maxConcurrentDeliveries());
        AtomicInteger threads = new AtomicInteger();
        // n senders plus one thread for passes triggered by wake(); the queue never holds more than n sends
        this.senders = new ThreadPoolExecutor(n + 1, n + 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "event-delivery-" + id + "-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.senders.allowCoreThreadTimeOut(true);
        this.slots = new Semaphore(n);
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()))
                .setMaxPoolSize(n)
                .setTracingPolicy(TracingPolicy.IGNORE) // each delivery's own span is the client span
                .setForceSni(true)); // TLS names the callback's host even though we connect to an address
    }

    public String id() {
        return id;
    }

    /** No pass running and no send in flight (every slot free). */
    public boolean idle() {
        return !passRunning.get() && slots.availablePermits() == Math.max(1, config.maxConcurrentDeliveries());
    }

    /** Notifications this worker has delivered (answered 2xx) since it started. */
    public long deliveredCount() {
        return delivered.get();
    }

    /** Runs a pass soon on a worker thread (e.g. after a commit or a delivery), without blocking the caller. */
    public void wake() {
        if (!senders.isShutdown() && passRequested.compareAndSet(false, true)) {
            try {
                senders.execute(this::pass);
            } catch (RuntimeException e) {
                passRequested.set(false);
            }
        }
    }

    /** One dispatcher pass: fan out, then claim as many deliveries as there are free slots and send them. */
    public void pass() {
        passRequested.set(false);
        if (stopping.get()) {
            return; // claims nothing once the stop has begun
        }
        if (!passRunning.compareAndSet(false, true)) {
            passRequested.set(true); // the running pass will go round once more
            return;
        }
        try {
            do {
                passRequested.set(false);
                while (store.fanOut(config.fanOutBatchSize()) == config.fanOutBatchSize()) {
                    // a backlog: keep going
                }
                int free = slots.availablePermits();
                List<Delivery> claimed = store.claim(id, free, config.lease());
                for (Delivery d : claimed) {
                    slots.acquireUninterruptibly();
                    senders.execute(() -> {
                        try {
                            send(d);
                        } finally {
                            slots.release();
                        }
                    });
                }
            } while (passRequested.get() && !stopping.get());
        } catch (RuntimeException e) {
            if (senders.isShutdown()) {
                Log.debugf(e, "Event dispatcher %s: pass cut short by the shutdown", id); // resumed after the restart
            } else {
                Log.warnf(e, "Event dispatcher %s: pass failed, retried at the next tick", id);
            }
        } finally {
            passRunning.set(false);
        }
    }

    private void send(Delivery d) {
        if (stopping.get()) {
            return; // claimed but not started: released by shutdown() for the next instance
        }
        Span span = tracer.spanBuilder("deliver " + d.eventType())
                .setParent(TraceParents.context(d.traceParent()))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("tmf.event.type", d.eventType())
                .setAttribute("tmf.event.id", d.eventId().toString())
                .setAttribute("tmf.delivery.id", d.id())
                .setAttribute("tmf.delivery.attempt", d.attempts())
                .startSpan();
        try (Scope scope = span.makeCurrent()) {
            attempt(d, span);
        } finally {
            span.end();
        }
    }

    private void attempt(Delivery d, Span span) {
        String error;
        DeliveryOutcome outcome;
        try {
            CallbackGuard.Verdict verdict = guard.inspect(d.callback());
            if (!verdict.allowed()) {
                error = "refused: " + verdict.refusal();
                outcome = DeliveryOutcome.REFUSED;
            } else {
                int status = post(verdict, envelope(d));
                span.setAttribute("http.response.status_code", status);
                outcome = DeliveryOutcome.ofStatus(status);
                if (outcome == DeliveryOutcome.SUCCESS) {
                    store.delivered(d.id(), id);
                    delivered.incrementAndGet();
                    observed(d, outcome, false);
                    wake(); // the next event of this order for this subscriber is due now
                    return;
                }
                error = "HTTP " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
            outcome = DeliveryOutcome.ERROR;
        } catch (TimeoutException e) {
            error = "HttpTimeoutException: no answer within " + config.requestTimeout().toMillis() + " ms";
            outcome = DeliveryOutcome.TIMEOUT;
        } catch (ExecutionException e) {
            error = describe(e.getCause());
            outcome = classify(e.getCause());
        } catch (Exception e) {
            error = describe(e);
            outcome = classify(e);
        }
        span.setStatus(StatusCode.ERROR, outcome.label());
        if (stopping.get()) {
            return; // cut short by the stop: shutdown() releases it, it was no attempt of the subscriber's making
        }
        observed(d, outcome, d.attempts() >= config.maxAttempts());
        try {
            store.failed(d.id(), id, error.length() > 500 ? error.substring(0, 500) : error, backoff(d.attempts()),
                    config.maxAttempts());
        } catch (RuntimeException e) {
            Log.warnf(e, "Event dispatcher %s: could not record a failed delivery (retried after the lease)", id);
        }
    }

    private void observed(Delivery d, DeliveryOutcome outcome, boolean deadLettered) {
        try {
            Duration sinceEvent = Duration.between(d.eventTime().toInstant(), java.time.Instant.now());
            observer.attempted(d, outcome, sinceEvent.isNegative() ? Duration.ZERO : sinceEvent, deadLettered);
        } catch (RuntimeException e) {
            Log.debugf(e, "Event dispatcher %s: delivery observer failed", id); // counting never stops a delivery
        }
    }

    private static DeliveryOutcome classify(Throwable e) {
        if (e instanceof TimeoutException || e.getClass().getSimpleName().contains("Timeout")) {
            return DeliveryOutcome.TIMEOUT; // e.g. Netty's ConnectTimeoutException, Vert.x's idle timeout
        }
        if (e instanceof java.io.IOException || e instanceof io.vertx.core.http.HttpClosedException) {
            return DeliveryOutcome.CONNECTION_ERROR; // refused, reset or closed
        }
        return DeliveryOutcome.ERROR;
    }

    /**
     * POSTs the notification to the first address the guard checked, waiting at most the request timeout for the
     * whole exchange (a subscriber that trickles its answer is cut off too); the response status.
     */
    private int post(CallbackGuard.Verdict verdict, String body) throws Exception {
        URI uri = verdict.uri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        long timeout = config.requestTimeout().toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(verdict.addresses().get(0), verdict.port())))
                .setHost(uri.getHost())
                .setPort(verdict.port())
                .setSsl(uri.getScheme().equalsIgnoreCase("https"))
                .setURI(path)
                .setFollowRedirects(false) // a redirect could lead past the callback guard
                .setIdleTimeout(timeout)
                .putHeader("Content-Type", "application/json");
        TraceParents.inject(Context.current(), options); // traceparent: the subscriber can continue the trace
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        CompletableFuture<Integer> status = http.request(options)
                .compose(request -> {
                    sent.set(request);
                    return request.send(body);
                })
                .compose(response -> response.end().map(done -> response.statusCode()))
                .toCompletionStage().toCompletableFuture();
        try {
            return status.get(timeout, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset(); // closes the exchange instead of leaving it to the subscriber
            }
            throw e;
        }
    }

    /** What a dead letter's lastError says about a failure: the kind of failure and its message. */
    private static String describe(Throwable e) {
        String kind = e instanceof ConnectException ? "ConnectException" : e.getClass().getSimpleName();
        return kind + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** TMF622 v4 notification: eventId (stable across redeliveries), eventTime, eventType, event, fieldPath. */
    String envelope(Delivery d) throws Exception {
        EventEnvelope version = envelopes.get(d.apiVersion());
        if (version != null) {
            return json.writeValueAsString(version.write(new EventEnvelope.Notification(d.eventId(), d.eventType(),
                    d.eventTime(), d.resourceKey(), d.resourceId(), d.fieldPath(), (ObjectNode) json.readTree(d.resource()))));
        }
        ObjectNode e = json.createObjectNode();
        e.put("eventId", d.eventId().toString());
        e.put("eventTime", d.eventTime().withOffsetSameInstant(ZoneOffset.UTC).toString());
        e.put("eventType", d.eventType());
        if (d.fieldPath() != null) {
            e.put("fieldPath", d.fieldPath());
        }
        e.putObject("event").set(d.resourceKey(), json.readTree(d.resource()));
        return json.writeValueAsString(e);
    }

    /** Exponential (initial x 2^(attempt-1), capped) with jitter: a random delay in [half of it, all of it]. */
    Duration backoff(int attempts) {
        long initial = Math.max(1, config.initialBackoff().toMillis());
        long max = Math.max(initial, config.maxBackoff().toMillis());
        long d = attempts >= 40 ? max : Math.min(max, initial << Math.max(0, attempts - 1));
        return Duration.ofMillis(d / 2 + ThreadLocalRandom.current().nextLong(d / 2 + 1));
    }

    /**
     * Stops this worker for good: claims nothing more, gives sends in flight a moment to finish (at most
     * {@link #SEND_GRACE}, less when the request timeout is shorter), cuts off the rest, then releases every
     * delivery it still holds ({@link DeliveryStore#release}) so that another instance takes them at once rather
     * than after the lease. Called when the application stops (SIGTERM included); safe to call twice.
     */
    public void shutdown() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        long grace = Math.min(SEND_GRACE.toMillis(), config.requestTimeout().toMillis());
        senders.shutdown();
        try {
            if (!senders.awaitTermination(grace, TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
                senders.awaitTermination(grace, TimeUnit.MILLISECONDS);
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(grace);
            while (passRunning.get() && System.nanoTime() < deadline) {
                Thread.sleep(10); // a pass on the scheduler's thread: let it hand back what it claimed
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
        http.close();
        try {
            int released = store.release(id);
            if (released > 0) {
                Log.infof("Event dispatcher %s: released %d claimed deliveries for other instances", id, released);
            }
        } catch (RuntimeException e) {
            Log.warnf("Event dispatcher %s: could not release its claims, they are retried after the lease: %s", id,
                    e.getMessage());
        }
    }

    /** How long a stopping worker waits for sends in flight before cutting them off. */
    static final Duration SEND_GRACE = Duration.ofSeconds(2);

    public boolean isShutdown() {
        return stopping.get() || senders.isShutdown();
    }

    ExecutorService executor() {
        return senders;
    }
}
