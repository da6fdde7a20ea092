package org.opentmf.ordering.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.events.CallbackListener.await;
import static org.opentmf.ordering.testing.Api.json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Second half (see {@link ShutdownRelease1ClaimedAtStopTest}): the next instance delivers the notification that
 * the stopped one had claimed, at once, not after the ten-minute lease; the claim's attempt was given back, so
 * the redelivery is attempt 1. Without the release at shutdown, nothing could claim it for ten minutes.
 */
@QuarkusTest
@Order(8)
@WithTestResource(RestartSurvivingPostgres.class)
@TestProfile(EventsRestart3NextInstance.class)
class ShutdownRelease2DeliveredByTheNextInstanceTest {

    @Inject
    DataSource dataSource;

    @Test
    void deliversWhatTheStoppedInstanceHadClaimed() throws Exception {
        String delivery = System.getProperty(ShutdownRelease1ClaimedAtStopTest.DELIVERY);
        // the class orderer runs the first half before this one; alone, this half has nothing to check and fails
        assertNotNull(delivery, "runs after ShutdownRelease1ClaimedAtStopTest in the same test JVM");
        OffsetDateTime leasedUntil = OffsetDateTime.parse(System.getProperty(ShutdownRelease1ClaimedAtStopTest.LEASED_UNTIL));
        try {
            await("the delivery by this instance", () -> "delivered".equals(row(delivery, "status")));
            OffsetDateTime deliveredAt = OffsetDateTime.parse(row(delivery, "delivered_at"));
            assertTrue(deliveredAt.isBefore(leasedUntil.minusMinutes(9)),
                    "delivered at " + deliveredAt + ", the stopped instance's lease ran until " + leasedUntil);
            assertEquals("1", row(delivery, "attempts"), "the stopped instance's cut-off attempt was given back");
        } finally {
            given().get(System.getProperty(ShutdownRelease1ClaimedAtStopTest.SUBSCRIBER) + "/stop");
            json().delete(Api.BASE + "/hub/" + System.getProperty(ShutdownRelease1ClaimedAtStopTest.SUBSCRIPTION));
        }
    }

    private String row(String id, String column) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select status, attempts, delivered_at from event_delivery where id = ?")) {
            ps.setLong(1, Long.parseLong(id));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Object value = column.equals("delivered_at") ? rs.getObject(column, OffsetDateTime.class)
                        : rs.getString(column);
                return value == null ? null : value.toString();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
