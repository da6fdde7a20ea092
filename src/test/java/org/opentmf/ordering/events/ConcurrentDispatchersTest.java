package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.events.CallbackListener.await;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.events.dispatch.DeliveryStore;
import org.opentmf.ordering.events.dispatch.DeliveryWorker;
import org.opentmf.ordering.events.hub.CallbackGuard;
import org.opentmf.ordering.testing.OrderingTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Several dispatchers on one database (the app's own plus two more workers with their own ids, pools and
 * HTTP clients, looping as fast as they can) deliver each event to each subscriber exactly once, in order per order.
 */
@OrderingTest
class ConcurrentDispatchersTest {

    @Inject
    Event<TmfEvent> bus;

    @Inject
    DeliveryStore store;

    @Inject
    CallbackGuard guard;

    @Inject
    ObjectMapper json;

    @Inject
    OrderingConfig config;

    @Inject
    io.vertx.core.Vertx vertx;

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    org.opentmf.ordering.events.dispatch.EventDispatcher dispatcher;

    private long pending(List<String> subscriptions) {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "select count(*) from event_delivery where status = 'pending' and subscription_id = any(cast(? as uuid[]))")) {
            ps.setString(1, "{" + String.join(",", subscriptions) + "}");
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void cleanUp() {
        Hub.unregisterAll();
    }

    @Test
    void deliversEachEventToEachSubscriberOnce() throws Exception {
        DeliveryWorker a = new DeliveryWorker("test-a", store, guard, json, config.events(), vertx);
        DeliveryWorker b = new DeliveryWorker("test-b", store, guard, json, config.events(), vertx);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> loops = new ArrayList<>();
        for (DeliveryWorker w : List.of(a, b)) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    w.pass();
                }
            });
            t.start();
            loops.add(t);
        }
        try (CallbackListener one = CallbackListener.start(); CallbackListener two = CallbackListener.start()) {
            String s1 = Hub.subscribe(one.url(), null);
            String s2 = Hub.subscribe(two.url(), null);
            List<String> orders = new ArrayList<>();
            for (int o = 0; o < 8; o++) {
                orders.add(UUID.randomUUID().toString());
            }
            for (int step = 0; step < 5; step++) {
                List<TmfEvent> batch = new ArrayList<>();
                for (String id : orders) {
                    batch.add(Fire.onOrder(TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE,
                            Fire.order(id, "inProgress").put("description", "step-" + step), "description"));
                }
                Fire.events(bus, batch.toArray(TmfEvent[]::new));
            }
            int expected = orders.size() * 5;
            for (CallbackListener l : List.of(one, two)) {
                await("every event", () -> orders.stream().mapToInt(id -> l.about(id).size()).sum() >= expected);
            }
            // stop the racing workers and let every send in flight finish and be recorded: a duplicate would
            // show up by then (nothing is pending any more, so nothing is left to send)
            running.set(false);
            for (Thread t : loops) {
                t.join();
            }
            await("no delivery left pending and no send in flight",
                    () -> pending(List.of(s1, s2)) == 0 && a.idle() && b.idle() && dispatcher.idle());
            for (CallbackListener l : List.of(one, two)) {
                List<JsonNode> received = new ArrayList<>();
                orders.forEach(id -> received.addAll(l.about(id)));
                Set<String> ids = new HashSet<>();
                received.forEach(e -> ids.add(e.path("eventId").asText()));
                assertEquals(expected, received.size(), "notifications received");
                assertEquals(expected, ids.size(), "distinct eventIds");
                for (String id : orders) {
                    assertEquals(List.of("step-0", "step-1", "step-2", "step-3", "step-4"), l.about(id).stream()
                            .map(e -> e.path("event").path("productOrder").path("description").asText()).toList());
                }
            }
        } finally {
            running.set(false);
            for (Thread t : loops) {
                t.join();
            }
            a.shutdown();
            b.shutdown();
        }
    }
}
