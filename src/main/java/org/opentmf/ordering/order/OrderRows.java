package org.opentmf.ordering.order;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.opentmf.ordering.common.db.JsonbFormatMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The order aggregate's rows in plain JDBC where nothing is changed afterwards: writing a new order and reading
 * orders for a response. Hibernate keeps what changes an existing order (PATCH, state changes, cancellation,
 * delete), where dirty checking and the version check earn their place; see the README's "Project layout".
 * <ul>
 * <li>{@link #insert}: a new order (built in memory by {@link ProductOrderDocument#writeTree}, never persisted
 * through Hibernate), the {@code product_order} row, then all its {@code product_order_item} rows as one batch, on
 * the caller's connection (inside a JTA transaction, the one enlisted in it). Hibernate's persistence context,
 * flush and snapshots were most of a create's CPU for rows nobody changes in that transaction.</li>
 * <li>{@link #load}: orders with their items in one query, as detached entities. Hibernate's query, row
 * assembly and entity initialisation were a quarter of a read by id's CPU, for entities that were then only
 * rendered.</li>
 * </ul>
 * The columns are those of the entities (the mapping stays in this package) and the values exactly what Hibernate
 * wrote and reads: version 0 for a new order, documents as compact JSON.
 */
public final class OrderRows {

    private static final ObjectWriter JSON = JsonbFormatMapper.JSON.writer();

    static final String INSERT_ORDER = "insert into product_order (id, at_type, state, order_date, completion_date,"
            + " cancellation_date, cancellation_reason, external_id, category, priority, special_handling, document,"
            + " version, last_update) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)";

    static final String INSERT_ITEM = "insert into product_order_item (order_id, item_id, parent_item_id, position,"
            + " action, state, product_offering_id, order_date, document) values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))";

    /** Order columns, then item columns (null for an order without items), items in their siblings' order. */
    private static final String SELECT = "select o.id, o.at_type, o.state, o.order_date, o.completion_date,"
            + " o.cancellation_date, o.cancellation_reason, o.external_id, o.category, o.priority, o.special_handling,"
            + " o.document, o.version, o.last_update, i.item_id, i.parent_item_id, i.position, i.action, i.state,"
            + " i.product_offering_id, i.order_date, i.document"
            + " from product_order o left join product_order_item i on i.order_id = o.id";

    /**
     * One order: {@code = ?} rather than {@code = any(?)} with a one-element array, whose generic plan PostgreSQL
     * costs ten times the custom one and so plans again on every execution (twice the database's CPU per read).
     */
    static final String SELECT_ONE = SELECT + " where o.id = ? order by i.position";

    static final String SELECT_MANY = SELECT + " where o.id = any(?) order by o.id, i.position";

    private OrderRows() {
    }

    /** The database did not answer a read (the cause tells an outage from a bug: TmfErrorMapper). */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(SQLException cause) {
            super("Could not read the order's rows", cause);
        }
    }

    /**
     * The orders with these ids, with their items (nested ones too, as rows), keyed by id; an id that names no order
     * is absent. The entities are detached: rendering them is all they are for.
     */
    public static Map<UUID, ProductOrder> load(Connection c, Collection<UUID> ids) throws SQLException {
        Map<UUID, ProductOrder> orders = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return orders;
        }
        boolean one = ids.size() == 1;
        try (PreparedStatement ps = c.prepareStatement(one ? SELECT_ONE : SELECT_MANY)) {
            if (one) {
                ps.setObject(1, ids.iterator().next());
            } else {
                ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                ProductOrder order = null;
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    if (order == null || !order.id.equals(id)) {
                        order = order(rs, id);
                        orders.put(id, order);
                    }
                    String itemId = rs.getString(15);
                    if (itemId != null) {
                        order.items.add(item(rs, order, itemId));
                    }
                }
            }
        }
        return orders;
    }

    private static ProductOrder order(ResultSet rs, UUID id) throws SQLException {
        ProductOrder order = new ProductOrder();
        order.id = id;
        order.atType = rs.getString(2);
        order.state = rs.getString(3);
        order.orderDate = rs.getObject(4, OffsetDateTime.class);
        order.completionDate = rs.getObject(5, OffsetDateTime.class);
        order.cancellationDate = rs.getObject(6, OffsetDateTime.class);
        order.cancellationReason = rs.getString(7);
        order.externalId = rs.getString(8);
        order.category = rs.getString(9);
        order.priority = rs.getString(10);
        order.specialHandling = rs.getBoolean(11);
        order.document = document(rs.getString(12));
        order.version = rs.getLong(13);
        order.lastUpdate = rs.getObject(14, OffsetDateTime.class);
        return order;
    }

    private static ProductOrderItem item(ResultSet rs, ProductOrder order, String itemId) throws SQLException {
        ProductOrderItem item = new ProductOrderItem();
        item.id = new ProductOrderItem.Key(order.id, itemId);
        item.order = order;
        item.parentItemId = rs.getString(16);
        item.position = rs.getInt(17);
        item.action = rs.getString(18);
        item.state = rs.getString(19);
        item.productOfferingId = rs.getString(20);
        item.orderDate = rs.getObject(21, OffsetDateTime.class);
        item.document = document(rs.getString(22));
        return item;
    }

    private static ObjectNode document(String json) throws SQLException {
        try {
            return (ObjectNode) JsonbFormatMapper.JSON.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new SQLException("A stored document is not a JSON object", e);
        }
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

    private static void setDate(PreparedStatement ps, int index, OffsetDateTime value) throws SQLException {
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
