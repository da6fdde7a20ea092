package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.events.CallbackListener.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.events.dispatch.Delivery;
import org.opentmf.ordering.events.dispatch.DeliveryStore;
import org.opentmf.ordering.events.dispatch.DeliveryWorker;
import org.opentmf.ordering.events.hub.CallbackGuard;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;

/**
 * Several dispatching instances on one database, driven by the test (this application's own dispatcher is off,
 * so every claim below is one of ours): they share the work with no delivery claimed twice
 * ({@code FOR UPDATE SKIP LOCKED} and the lease), and a delivery claimed by an instance that died is delivered
 * by another once the lease has run out. An instance killed mid-delivery leaves exactly such a row behind:
 * claimed, leased, never answered.
 */
@QuarkusTest
@Order(4) // before OutboxRestart1UndeliveredBeforeStopTest, whose application this shares (same profile and database)
@WithTestResource(RestartSurvivingPostgres.class)
@TestProfile(EventsRestart1DispatcherStopped.class)
class DeliveryLeaseTest {

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
    Vertx vertx;

    private final List<DeliveryWorker> workers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        workers.forEach(DeliveryWorker::shutdown);
        Hub.unregisterAll(); // and their pending deliveries, so the restart halves see only their own
    }

    @Inject
    javax.sql.DataSource dataSource;

    private String rows(String sql) {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    b.append(rs.getString(i)).append(i == rs.getMetaData().getColumnCount() ? "\n" : " ");
                }
            }
            return b.toString();
        } catch (java.sql.SQLException e) {
            return e.toString();
        }
    }

    private DeliveryWorker worker(String id) {
        DeliveryWorker w = new DeliveryWorker(id, store, guard, json, config.events(), vertx);
        workers.add(w);
        return w;
    }

    private List<String> fireForNewOrders(int n) {
        List<String> orders = new ArrayList<>();
        List<TmfEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = UUID.randomUUID().toString();
            orders.add(id);
            events.add(Fire.onOrder(TmfEvent.PRODUCT_ORDER_CREATE, Fire.order(id, "acknowledged"), null));
        }
        Fire.events(bus, events.toArray(TmfEvent[]::new));
        return orders;
    }

    @Test
    void claimsOfTwoInstancesNeverOverlapAndTogetherCoverEveryDelivery() {
        try (CallbackListener listener = CallbackListener.start()) {
            Hub.subscribe(listener.url(), null);
            fireForNewOrders(6);
            assertEquals(6, store.fanOut(500));
            List<Delivery> a = store.claim("instance-a", 4, Duration.ofMinutes(1));
            List<Delivery> b = store.claim("instance-b", 100, Duration.ofMinutes(1));
            assertEquals(4, a.size());
            assertEquals(2, b.size(), "the other instance gets what is left, not what is leased");
            Set<Long> ids = new HashSet<>();
            a.forEach(d -> ids.add(d.id()));
            b.forEach(d -> ids.add(d.id()));
            assertEquals(6, ids.size(), "no delivery claimed twice");
            assertEquals(List.of(), store.claim("instance-c", 100, Duration.ofMinutes(1)), "everything is leased");
        }
    }

    /**
     * Two workers, each with its own pool and HTTP client: the first claims as many deliveries as it has slots
     * (8) and is still waiting for the (slow) subscriber when the second claims the rest. Each sends its own,
     * and every notification arrives once.
     */
    @Test
    void twoDispatchingInstancesShareTheWorkWithNoDuplicate() {
        try (CallbackListener listener = CallbackListener.start()) {
            listener.delay(500);
            Hub.subscribe(listener.url(), null);
            List<String> orders = fireForNewOrders(16);
            DeliveryWorker a = worker("instance-a");
            DeliveryWorker b = worker("instance-b");
            a.pass();
            b.pass();
            // counted once each worker has its answer and has recorded it (the listener records before answering)
            await("every delivery recorded", () -> a.deliveredCount() + b.deliveredCount() == 16);
            String rows = rows("select id, status, attempts, locked_by, last_error from event_delivery order by id");
            assertEquals(8, a.deliveredCount(), rows);
            assertEquals(8, b.deliveredCount(), rows);
            Set<String> eventIds = new HashSet<>();
            listener.received().forEach(e -> eventIds.add(e.path("eventId").asText()));
            assertEquals(16, eventIds.size(), "no notification sent twice");
            orders.forEach(id -> assertEquals(1, listener.about(id).size(), id));
        }
    }

    @Test
    void aDeliveryClaimedByAnInstanceThatDiedIsDeliveredByAnotherAfterTheLease() {
        try (CallbackListener listener = CallbackListener.start()) {
            Hub.subscribe(listener.url(), null);
            String order = fireForNewOrders(1).get(0);
            store.fanOut(500);
            Duration lease = Duration.ofSeconds(2);
            long claimedAt = System.nanoTime();
            assertEquals(1, store.claim("instance-that-dies", 10, lease).size()); // ... and it is killed here

            DeliveryWorker survivor = worker("survivor");
            survivor.pass();
            assertEquals(0, survivor.deliveredCount(), "the lease still holds");
            await("the redelivery", () -> {
                survivor.pass();
                return listener.about(order).size() == 1;
            });
            assertTrue(System.nanoTime() - claimedAt >= lease.toNanos(), "not before the lease ran out");
            await("the redelivery recorded", () -> survivor.deliveredCount() == 1);
            // the dead instance's claim counted as an attempt
            assertEquals(1, listener.about(order).size());
        }
    }
}
