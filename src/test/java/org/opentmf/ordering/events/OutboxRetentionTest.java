package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.events.CallbackListener.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.events.dispatch.DeliveryStore;
import org.opentmf.ordering.testing.OrderingTest;

import io.quarkus.narayana.jta.QuarkusTransaction;

@OrderingTest
class OutboxRetentionTest {

    @Inject
    Event<TmfEvent> bus;

    @Inject
    DeliveryStore store;

    @Inject
    EntityManager em;

    @AfterEach
    void cleanUp() {
        Hub.unregisterAll();
    }

    @Test
    void purgesDeliveredEventsButKeepsDeadLetters() {
        try (CallbackListener ok = CallbackListener.start(); CallbackListener down = CallbackListener.start()) {
            // Another test's listener left registered would hold the "delivered" event in the outbox: say so plainly.
            assertEquals(0, count("select count(*) from hub_subscription where ?1 is not null", "-"),
                    "subscriptions left over by another test");
            down.failNext(Integer.MAX_VALUE);
            Hub.subscribe(ok.url(), "event.productOrder.state=completed");
            Hub.subscribe(down.url(), "event.productOrder.state=failed");
            String delivered = UUID.randomUUID().toString();
            String dead = UUID.randomUUID().toString();
            Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(delivered, "completed"), null),
                    Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(dead, "failed"), null));
            await("delivered", () -> ok.about(delivered).size() == 1);
            await("dead", () -> count("select count(*) from event_delivery d join event_outbox e on e.seq = d.event_seq"
                    + " where e.resource_id = ?1 and d.status = 'dead'", dead) == 1);

            store.purge(Duration.ZERO);

            assertEquals(0, count("select count(*) from event_outbox where resource_id = ?1", delivered));
            assertEquals(1, count("select count(*) from event_outbox where resource_id = ?1", dead));
        }
    }

    private long count(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, id).getSingleResult()).longValue());
    }
}
