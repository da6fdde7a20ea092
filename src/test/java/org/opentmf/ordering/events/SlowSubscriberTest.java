package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.events.CallbackListener.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.testing.OrderingTest;

/**
 * Isolation (README, "Delivery guarantees"): a subscriber that hangs occupies only its own delivery slots until
 * the request timeout; the others are served meanwhile.
 */
@OrderingTest
class SlowSubscriberTest {

    @Inject
    Event<TmfEvent> bus;

    @Inject
    OrderingConfig config;

    @AfterEach
    void cleanUp() {
        Hub.unregisterAll();
    }

    @Test
    void aHangingSubscriberDoesNotDelayTheOthers() {
        try (CallbackListener slow = CallbackListener.start(); CallbackListener fast = CallbackListener.start()) {
            slow.hold();
            Hub.subscribe(slow.url(), null);
            Hub.subscribe(fast.url(), null);
            String first = UUID.randomUUID().toString();
            Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_CREATE, Fire.order(first, "acknowledged"), null));
            await("the slow subscriber is hanging on a delivery", () -> slow.requestCount() == 1);

            long start = System.nanoTime();
            String[] others = { UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString() };
            for (String id : others) {
                Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_CREATE, Fire.order(id, "acknowledged"), null));
            }
            await("the fast subscriber's notifications", () -> fast.received().size() == 4);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // a dispatcher that waited for the slow subscriber would be stuck for the whole request timeout
            assertTrue(took.compareTo(config.events().requestTimeout()) < 0, "took " + took);
            assertEquals(0, slow.received().size(), "the slow subscriber has still answered nothing");

            slow.release(); // it recovers: retried, everything arrives, in order per order
            await("the slow subscriber's notifications", () -> slow.received().size() == 4);
        }
    }
}
