package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * First half of "events recorded before a stop are delivered after the restart": with the dispatcher off,
 * subscribe and cause events; nothing is delivered. {@link OutboxRestart2DeliveredAfterRestartTest} (next profile = a restart of
 * the app on the same database) checks they arrive. System properties carry the ids across the restart.
 */
@QuarkusTest
@Order(5) // halves run in sequence (see META-INF/microprofile-config.properties)
@WithTestResource(RestartSurvivingPostgres.class)
@TestProfile(EventsRestart1DispatcherStopped.class)
class OutboxRestart1UndeliveredBeforeStopTest {

    static final String PORT = "opentmf.test.events.restart.port";
    static final String ORDER = "opentmf.test.events.restart.order";
    static final String SUBSCRIPTION = "opentmf.test.events.restart.subscription";

    @Inject
    Event<TmfEvent> bus;

    @Inject
    EntityManager em;

    @Test
    void recordsEventsWhileNoDispatcherRuns() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // the listener comes up after the restart, on this port
        }
        String subscription = Hub.subscribe("http://127.0.0.1:" + port + "/listener", null);
        String id = Api.createOrder(Api.standardOrder("1", "OFF-RESTART"));
        Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(id, "inProgress"), null));

        long recorded = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from event_outbox where resource_id = ?1 and not fanned_out")
                .setParameter(1, id).getSingleResult()).longValue());
        assertEquals(2, recorded);
        System.setProperty(PORT, Integer.toString(port));
        System.setProperty(ORDER, id);
        System.setProperty(SUBSCRIPTION, subscription);
        UUID.fromString(subscription);
    }
}
