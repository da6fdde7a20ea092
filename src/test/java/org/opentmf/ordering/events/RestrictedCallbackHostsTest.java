package org.opentmf.ordering.events;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.events.CallbackListener.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.ConfiguredServer;
import org.opentmf.ordering.testing.OrderingTest;

import io.quarkus.test.junit.TestProfile;

/**
 * A locked-down allow-list ({@link ConfiguredServer}: {@code 127.0.0.1,*.hooks.test}): other hosts are refused
 * at registration, and a subscription to a host no longer on the list gets nothing delivered.
 */
@OrderingTest
@TestProfile(ConfiguredServer.class)
class RestrictedCallbackHostsTest {

    @Inject
    Event<TmfEvent> bus;

    @Inject
    DataSource dataSource;

    CallbackListener listener;

    @BeforeEach
    void start() {
        listener = CallbackListener.start();
    }

    @AfterEach
    void stop() {
        Hub.unregisterAll();
        ScriptedResolver.forget("crm.hooks.test");
        listener.close();
    }

    @Test
    void refusesHostsOffTheList() {
        for (String host : new String[] { "localhost", "hooks.test", "crm.hooks.test.evil.example" }) {
            Hub.register("http://" + host + ":" + listener.port() + "/listener", null).statusCode(400)
                    .body("message", equalTo("callback host '" + host
                            + "' is not allowed (ordering.events.callback-allowed-hosts)"));
        }
    }

    @Test
    void deliversToHostsOnTheList() {
        ScriptedResolver.answer("crm.hooks.test", "127.0.0.1");
        Hub.subscribe(listener.url(), null);
        Hub.subscribe("http://crm.hooks.test:" + listener.port() + "/listener", null);
        String id = UUID.randomUUID().toString();
        Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_CREATE, Fire.order(id, "acknowledged"), null));

        await("both notifications", () -> listener.about(id).size() == 2);
    }

    /** A subscription registered before the list was narrowed (written as registration would have). */
    @Test
    void refusesDeliveriesToAHostTakenOffTheList() throws Exception {
        String subscription = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into hub_subscription (id, callback) values (?, ?)")) {
            ps.setObject(1, UUID.fromString(subscription));
            ps.setString(2, "http://localhost:" + listener.port() + "/listener");
            ps.executeUpdate();
        }
        try {
            String id = UUID.randomUUID().toString();
            Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_CREATE, Fire.order(id, "acknowledged"), null));

            await("a dead letter", () -> CallbackGuardDeliveryTest.deadLetters(subscription).size() == 1);
            CallbackGuardDeliveryTest.deadLetter(subscription).body("[0].lastError", equalTo(
                    "refused: callback host 'localhost' is not allowed (ordering.events.callback-allowed-hosts)"));
            assertEquals(0, listener.requestCount());
        } finally {
            Hub.unregister(subscription);
        }
    }
}
