package org.opentmf.ordering.cancellation;

import static org.hamcrest.Matchers.equalTo;
import static org.opentmf.ordering.order.Orders.TWO_ITEMS;
import static org.opentmf.ordering.testing.Api.createOrder;

import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.order.Orders;
import org.opentmf.ordering.testing.OrderingTest;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.sql.Connection;
import java.sql.PreparedStatement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

/**
 * First half of the restart test: an application whose scheduler never polls accepts a future-dated
 * cancellation and stops. {@link ScheduledCancellationAfterRestartTest} runs next, in a restarted
 * application on the same database, and sees the cancellation carried out there.
 */
@OrderingTest
@TestProfile(ScheduledCancellationBeforeRestartTest.SchedulerStopped.class)
@Order(1)
class ScheduledCancellationBeforeRestartTest {

    static final String ORDER = "opentmf.test.restart.order";
    static final String TASK = "opentmf.test.restart.task";

    /** Identical to the default configuration, except that due cancellations are never looked for. */
    public static class SchedulerStopped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ordering.cancellation.poll-interval", "off");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void acceptsAFutureCancellationBeforeTheStop() throws Exception {
        String order = createOrder(TWO_ITEMS);
        Orders.setState(order, "inProgress").statusCode(200);
        String task = Cancellations.cancelAt(order, CancelProductOrderTest.inSeconds(3600)).statusCode(201)
                .extract().path("id");
        Cancellations.get(task).body("state", equalTo("inProgress"));
        Orders.get(order).body("state", equalTo("inProgress"));
        // its date passes while the server is down (moved into the past: no race with a date seconds ahead)
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update cancel_product_order set requested_cancellation_date = now() - interval '1 second' where id = ?")) {
            ps.setObject(1, java.util.UUID.fromString(task));
            org.junit.jupiter.api.Assertions.assertEquals(1, ps.executeUpdate());
        }
        Cancellations.get(task).body("state", equalTo("inProgress"));
        // JVM-wide: the next test class runs in a new application class loader
        System.setProperty(ORDER, order);
        System.setProperty(TASK, task);
    }
}
