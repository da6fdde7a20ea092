package org.opentmf.ordering.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.events.dispatch.Delivery;
import org.opentmf.ordering.events.dispatch.DeliveryStore;
import org.opentmf.ordering.testing.Eventually;
import org.opentmf.ordering.testing.Metrics;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The backlog gauges follow the database step by step, with this application's dispatcher off so that the test
 * makes every step itself: events waiting in the outbox, then fanned out into pending deliveries of their
 * subscription, one of them becoming a dead letter; the subscription's series go when it is removed. Readiness
 * says the dispatcher is disabled, and is still up.
 */
@QuarkusTest
@Order(4) // with DeliveryLeaseTest, before OutboxRestart1UndeliveredBeforeStopTest (same application and database)
@WithTestResource(RestartSurvivingPostgres.class)
@TestProfile(EventsRestart1DispatcherStopped.class)
class EventBacklogGaugesTest {

    @Inject
    Event<TmfEvent> bus;

    @Inject
    DeliveryStore store;

    @AfterEach
    void cleanUp() {
        Hub.unregisterAll();
        while (store.fanOut(500) > 0) {
            // leaves nothing behind for the next test of this application
        }
    }

    @Test
    void followsTheOutboxThePendingDeliveriesAndTheDeadLettersOfASubscription() {
        try (CallbackListener listener = CallbackListener.start()) {
            String subscription = Hub.subscribe(listener.url(), null);
            Fire.events(bus, event(), event(), event());
            Eventually.until(Metrics::scrape, m -> m.value("ordering_events_outbox_backlog") >= 3,
                    "three events waiting in the outbox");

            while (store.fanOut(500) > 0) {
                // all of it
            }
            Metrics fannedOut = Eventually.until(Metrics::scrape,
                    m -> m.value("ordering_events_outbox_backlog") == 0
                            && m.value("ordering_events_deliveries_pending", "subscription", subscription) == 3,
                    "three pending deliveries of the subscription");
            assertEquals(0, fannedOut.value("ordering_events_dead_letters", "subscription", subscription));
            assertTrue(fannedOut.value("ordering_events_oldest_pending_delivery_age_seconds") > 0);

            List<Delivery> claimed = store.claim("gauge-test", 1, Duration.ofMinutes(1));
            store.failed(claimed.get(0).id(), "gauge-test", "HTTP 500", Duration.ZERO, 1); // its last attempt
            Eventually.until(Metrics::scrape,
                    m -> m.value("ordering_events_deliveries_pending", "subscription", subscription) == 2
                            && m.value("ordering_events_dead_letters", "subscription", subscription) == 1,
                    "one dead letter, two still pending");

            Hub.unregisterAll();
            Eventually.until(Metrics::scrape,
                    m -> m.matching("ordering_events_deliveries_pending", "subscription", subscription).isEmpty(),
                    "no series left for a removed subscription");
        }
    }

    @Test
    void isReadyWithTheDispatcherDisabled() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'Event dispatcher' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Event dispatcher' }.data.dispatcher", equalTo("disabled"));
    }

    private static TmfEvent event() {
        return Fire.onOrder(TmfEvent.PRODUCT_ORDER_CREATE, Fire.order(UUID.randomUUID().toString(), "acknowledged"), null);
    }
}
