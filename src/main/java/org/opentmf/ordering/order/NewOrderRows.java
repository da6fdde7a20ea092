package org.opentmf.ordering.order;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import org.opentmf.ordering.common.db.JsonbFormatMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a new order (built in memory by {@link ProductOrderDocument#writeTree}, never persisted through Hibernate)
 * as rows with plain JDBC: the {@code product_order} row, then all its {@code product_order_item} rows as one
 * batch, on the caller's connection (inside a JTA transaction, the one enlisted in it). Creation is insert-only, so
 * Hibernate's persistence context, flush and dirty-checking snapshots bought nothing but CPU here; reads, PATCH and
 * delete keep the entities. The columns are those of the entities (the mapping stays in this package) and the
 * values exactly what Hibernate wrote: version 0, documents as compact JSON.
 */
public final class NewOrderRows {

    private static final ObjectWriter JSON = JsonbFormatMapper.JSON.writer();

    static final String INSERT_ORDER = "insert into product_order (id, at_type, state, order_date, completion_date,"
            + " cancellation_date, cancellation_reason, external_id, category, priority, special_handling, document,"
            + " version, last_update) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)";

    static final String INSERT_ITEM = "insert into product_order_item (order_id, item_id, parent_item_id, position,"
            + " action, state, product_offering_id, order_date, document) values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))";

    private NewOrderRows() {
    }

    /** Inserts the order and its items: two statements, two round trips whatever the number of items. */
    public static void insert(Connection c, ProductOrder order) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_ORDER)) {
            ps.setObject(1, order.id);
            ps.setString(2, order.atType);
            ps.setString(3, order.state);
            ps.setObject(4, order.orderDate);
            setDate(ps, 5, order.completionDate);
            setDate(ps, 6, order.cancellationDate);
            ps.setString(7, order.cancellationReason);
            ps.setString(8, order.externalId);
            ps.setString(9, order.category);
            ps.setString(10, order.priority);
            ps.setBoolean(11, order.specialHandling);
            ps.setString(12, json(order.document));
            ps.setLong(13, order.version);
            ps.setObject(14, order.lastUpdate);
            ps.executeUpdate();
        }
        if (order.items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_ITEM)) {
            for (ProductOrderItem item : order.items) {
                ps.setObject(1, order.id);
                ps.setString(2, item.itemId());
                ps.setString(3, item.parentItemId);
                ps.setInt(4, item.position);
                ps.setString(5, item.action);
                ps.setString(6, item.state);
                ps.setString(7, item.productOfferingId);
                ps.setObject(8, item.orderDate);
                ps.setString(9, json(item.document));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setDate(PreparedStatement ps, int index, java.time.OffsetDateTime value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, value);
        }
    }

    private static String json(ObjectNode document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
