package org.opentmf.ordering.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;

/**
 * What a refused request must not have changed: the number of orders, the create events in the outbox, and
 * (for a PATCH) the order's own version and events. Counted in the database, not through the API.
 */
public record StoredState(long orders, long createEvents, long orderVersion, long orderEvents) {

    /** The state now; {@code orderId} may be null when no particular order is watched. */
    public static StoredState of(DataSource dataSource, String orderId) {
        try (Connection c = dataSource.getConnection()) {
            return new StoredState(
                    count(c, "select count(*) from product_order", null),
                    count(c, "select count(*) from event_outbox where event_type = 'ProductOrderCreateEvent'", null),
                    orderId == null ? -1 : count(c, "select coalesce(max(version), -1) from product_order where id = ?::uuid", orderId),
                    orderId == null ? -1 : count(c, "select count(*) from event_outbox where resource_id = ?", orderId));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails when anything was stored since {@code this} was taken. */
    public void assertUnchanged(DataSource dataSource, String orderId, String request) {
        Assertions.assertEquals(this, of(dataSource, orderId), "nothing stored after the refused request " + request);
    }

    private static long count(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
