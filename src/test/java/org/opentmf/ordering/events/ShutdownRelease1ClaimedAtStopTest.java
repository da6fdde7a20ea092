package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.events.CallbackListener.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * First half of "a delivery claimed at shutdown is delivered by the next instance without waiting for the
 * lease": this application's own dispatcher claims a notification (lease: 10 minutes) and POSTs it to a
 * subscriber that does not answer; the test ends with that POST in flight, and Quarkus stops the application
 * the way SIGTERM does (ShutdownEvent). {@link ShutdownRelease2DeliveredByTheNextInstanceTest}, the next
 * application on the same database, checks it was delivered within seconds. The subscriber keeps running
 * across the restart (its first request hangs, later ones answer 204; GET /stop ends it).
 */
@QuarkusTest
@Order(7) // after OutboxRestart2DeliveredAfterRestartTest, whose application this is
@WithTestResource(RestartSurvivingPostgres.class)
@TestProfile(EventsRestart2DispatcherRunning.class)
class ShutdownRelease1ClaimedAtStopTest {

    static final String DELIVERY = "opentmf.test.shutdown.delivery";
    static final String LEASED_UNTIL = "opentmf.test.shutdown.leased-until";
    static final String SUBSCRIBER = "opentmf.test.shutdown.subscriber";
    static final String SUBSCRIPTION = "opentmf.test.shutdown.subscription";

    @Inject
    DataSource dataSource;

    @Test
    void stopsWithADeliveryInFlight() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        CountDownLatch never = new CountDownLatch(1);
        HttpServer subscriber = subscriber(requests, never);
        String url = "http://127.0.0.1:" + subscriber.getAddress().getPort();
        String subscription = Hub.subscribe(url + "/listener", "eventType=ProductOrderCreateEvent");
        Api.createOrder(Api.standardOrder("1", "PO-SHUTDOWN"));
        await("the dispatcher's POST, left unanswered", () -> requests.get() == 1);

        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id, locked_by, locked_until, attempts, status from event_delivery where subscription_id = ?")) {
            ps.setObject(1, UUID.fromString(subscription));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertNotNull(rs.getString("locked_by"), "claimed by this instance");
                OffsetDateTime leasedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                assertTrue(leasedUntil.isAfter(OffsetDateTime.now().plusMinutes(5)), "a long lease: " + leasedUntil);
                assertEquals(1, rs.getInt("attempts"));
                assertEquals("pending", rs.getString("status"));
                System.setProperty(DELIVERY, rs.getString("id"));
                System.setProperty(LEASED_UNTIL, leasedUntil.toString());
            }
        }
        System.setProperty(SUBSCRIBER, url);
        System.setProperty(SUBSCRIPTION, subscription);
        // ends here with the POST in flight: the application stops next
    }

    /** First request: hangs (until the subscriber is stopped); later ones: 204. Daemon threads, GET /stop ends it. */
    private static HttpServer subscriber(AtomicInteger requests, CountDownLatch never) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/listener", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (requests.incrementAndGet() == 1) {
                try {
                    never.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/stop", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            never.countDown();
            new Thread(() -> server.stop(0)).start();
        });
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "shutdown-test-subscriber");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return server;
    }
}
