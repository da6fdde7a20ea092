package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.events.CallbackListener.await;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.Eventually;
import org.opentmf.ordering.testing.Metrics;
import org.opentmf.ordering.testing.OrderingTest;

/**
 * Delivery metrics at /q/metrics against real subscribers: attempts and failures by outcome (2xx, 5xx, timeout,
 * connection refused, refused by the callback guard), dead letters, the event-to-delivery latency histogram,
 * and pending deliveries and dead letters by subscription.
 */
@OrderingTest
class DeliveryMetricsTest {

    private static final String ATTEMPTS = "ordering_events_delivery_attempts_total";
    private static final String FAILURES = "ordering_events_delivery_failures_total";
    private static final String CREATES = "eventType=ProductOrderCreateEvent";
    private static final String GUARDED_HOST = "metrics.hooks.test";

    @AfterEach
    void cleanUp() {
        Hub.unregisterAll();
        ScriptedResolver.forget(GUARDED_HOST);
    }

    @Test
    void countsAFailedAndASuccessfulAttemptAndTheLatencyOfTheDelivery() {
        try (CallbackListener listener = CallbackListener.start()) {
            listener.failNext(1);
            Hub.subscribe(listener.url(), CREATES);
            Metrics before = Metrics.scrape();
            String id = Api.createOrder(Api.standardOrder("1", "PO-DELIVERY-METRICS"));
            await("the delivery after one 503", () -> listener.about(id).size() == 1);
            Metrics after = Eventually.until(Metrics::scrape, m -> delta(before, m, ATTEMPTS, "outcome", "2xx") == 1,
                    "the delivery counted");
            assertEquals(1, delta(before, after, ATTEMPTS, "outcome", "5xx"));
            assertEquals(1, delta(before, after, FAILURES, "outcome", "5xx"));
            assertEquals(2, delta(before, after, ATTEMPTS));
            assertEquals(1, delta(before, after, "ordering_events_delivery_latency_seconds_count"));
            assertTrue(delta(before, after, "ordering_events_delivery_latency_seconds_sum") > 0);
            assertEquals(1, delta(before, after, "ordering_events_delivery_latency_seconds_bucket", "le", "60.0"),
                    "a histogram: the delivery falls in the buckets above its latency");
        }
    }

    @Test
    void countsRefusedConnectionsAndTheDeadLetterTheyEndIn() throws IOException {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort(); // nothing listens there once closed
        }
        String subscription = Hub.subscribe("http://127.0.0.1:" + closedPort + "/down", CREATES);
        Metrics before = Metrics.scrape();
        Api.createOrder(Api.standardOrder("1", "PO-DEAD-METRICS"));
        Metrics after = Eventually.until(Metrics::scrape,
                m -> delta(before, m, "ordering_events_dead_lettered_total") == 1
                        && m.value("ordering_events_dead_letters", "subscription", subscription) == 1,
                "the dead letter counted and shown on its subscription");
        assertEquals(4, delta(before, after, ATTEMPTS, "outcome", "connection_error"), "max-attempts is 4 in tests");
        assertEquals(4, delta(before, after, FAILURES, "outcome", "connection_error"));
        assertEquals(0, after.value("ordering_events_deliveries_pending", "subscription", subscription));
    }

    @Test
    void countsADeliveryRefusedByTheCallbackGuard() {
        try (CallbackListener listener = CallbackListener.start()) {
            ScriptedResolver.answer(GUARDED_HOST, "127.0.0.1");
            Hub.subscribe("http://" + GUARDED_HOST + ":" + listener.port() + "/listener", CREATES);
            ScriptedResolver.answer(GUARDED_HOST, "169.254.169.254"); // now a metadata address: refused
            Metrics before = Metrics.scrape();
            Api.createOrder(Api.standardOrder("1", "PO-GUARD-METRICS"));
            Eventually.until(Metrics::scrape, m -> delta(before, m, FAILURES, "outcome", "refused") >= 1,
                    "a refusal counted");
            assertEquals(0, listener.requestCount());
        }
    }

    @Test
    void countsATimeoutAndShowsThePendingDeliveryOnItsSubscription() {
        try (CallbackListener listener = CallbackListener.start()) {
            listener.hold(); // answers nothing: the request timeout (3 s in tests) ends the attempt
            String subscription = Hub.subscribe(listener.url(), CREATES);
            Metrics before = Metrics.scrape();
            Api.createOrder(Api.standardOrder("1", "PO-TIMEOUT-METRICS"));
            Metrics during = Eventually.until(Metrics::scrape,
                    m -> m.value("ordering_events_deliveries_pending", "subscription", subscription) == 1
                            && m.value("ordering_events_oldest_pending_delivery_age_seconds") > 0,
                    "the pending delivery on its gauge");
            assertTrue(during.has("ordering_events_outbox_backlog"));
            Eventually.until(Metrics::scrape, m -> delta(before, m, FAILURES, "outcome", "timeout") >= 1,
                    "a timeout counted");
            listener.release();
            Eventually.until(Metrics::scrape,
                    m -> m.value("ordering_events_deliveries_pending", "subscription", subscription) == 0,
                    "nothing pending once delivered");
        }
    }

    static double delta(Metrics before, Metrics after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
