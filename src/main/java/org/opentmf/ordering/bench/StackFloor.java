package org.opentmf.ordering.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The benchmark's stack floor (#13): the rows a create writes (the order, its items as one batch, the initiating
 * request, the create event's outbox row), taken straight from the request tree and written with plain JDBC in one
 * JTA transaction on a pooled connection, as the real create does, and nothing else: no contract check, no
 * issuance, no rendering, no CDI events. With {@link StackFloorResource} in front of it, it is the least a create
 * can cost in this server's stack (HTTP, security, tracing, metrics, RESTEasy, Jackson, JTA, Agroal). Its orders are
 * marked {@link #MARK} in {@code external_id}; the harness deletes them ({@code DbCeiling.java clean STACK-FLOOR}).
 */
@ApplicationScoped
public class StackFloor {

    /** externalId of the floor's orders, so the harness can delete them before the scenarios that read orders. */
    public static final String MARK = "STACK-FLOOR";

    /** The record's body digest is issuance's work, not the stack's: a placeholder of a digest's length. */
    private static final String NO_DIGEST = "0".repeat(64);

    // The same statements as src/bench/java/DbCeiling.java, so that the two ceilings write the same rows.
    private static final String INSERT_ORDER = "insert into product_order (id, at_type, state, order_date,"
            + " completion_date, cancellation_date, cancellation_reason, external_id, category, priority,"
            + " special_handling, document, version, last_update) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)";
    private static final String INSERT_ITEM = "insert into product_order_item (order_id, item_id, parent_item_id,"
            + " position, action, state, product_offering_id, document, order_date) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)";
    private static final String INSERT_REQUEST = "insert into initiating_request (id, order_id, received_at, body,"
            + " body_sha256, idempotency_key, items) values (?, ?, ?, ?, ?, ?, ?::jsonb)";
    private static final String INSERT_EVENT = "insert into event_outbox (event_id, event_type, resource_key,"
            + " resource_id, field_path, resource, parties, trace_parent) values (?, ?, ?, ?, ?, ?::jsonb, ?::text[], ?)";

    @Inject
    DataSource dataSource;

    /** Writes the rows of one order taken from {@code order} (the parsed body, {@code body} its bytes); its id. */
    @Transactional
    public UUID write(JsonNode order, byte[] body) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        String document = order.toString();
        try (Connection c = dataSource.getConnection();
                PreparedStatement orderRow = c.prepareStatement(INSERT_ORDER);
                PreparedStatement itemRows = c.prepareStatement(INSERT_ITEM);
                PreparedStatement requestRow = c.prepareStatement(INSERT_REQUEST);
                PreparedStatement eventRow = c.prepareStatement(INSERT_EVENT)) {
            orderRow.setObject(1, id);
            orderRow.setString(2, "ProductOrder");
            orderRow.setString(3, "acknowledged");
            orderRow.setTimestamp(4, now);
            orderRow.setNull(5, Types.TIMESTAMP_WITH_TIMEZONE);
            orderRow.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
            orderRow.setNull(7, Types.VARCHAR);
            orderRow.setString(8, MARK);
            orderRow.setString(9, text(order, "category"));
            orderRow.setString(10, text(order, "priority"));
            orderRow.setBoolean(11, false);
            orderRow.setString(12, document);
            orderRow.setLong(13, 0);
            orderRow.setTimestamp(14, now);
            orderRow.executeUpdate();
            int position = 0;
            for (JsonNode item : order.path("productOrderItem")) {
                itemRows.setObject(1, id);
                itemRows.setString(2, item.path("id").asText(Integer.toString(position + 1)));
                itemRows.setNull(3, Types.VARCHAR);
                itemRows.setInt(4, position++);
                itemRows.setString(5, item.path("action").asText("add"));
                itemRows.setString(6, "acknowledged");
                itemRows.setString(7, text(item.path("productOffering"), "id"));
                itemRows.setString(8, item.toString());
                itemRows.setTimestamp(9, now);
                itemRows.addBatch();
            }
            itemRows.executeBatch();
            requestRow.setObject(1, UUID.randomUUID());
            requestRow.setObject(2, id);
            requestRow.setTimestamp(3, now);
            requestRow.setBytes(4, body);
            requestRow.setString(5, NO_DIGEST);
            requestRow.setNull(6, Types.VARCHAR);
            requestRow.setString(7, "[]");
            requestRow.executeUpdate();
            eventRow.setObject(1, UUID.randomUUID());
            eventRow.setString(2, "ProductOrderCreateEvent");
            eventRow.setString(3, "productOrder");
            eventRow.setString(4, id.toString());
            eventRow.setNull(5, Types.VARCHAR);
            eventRow.setString(6, document);
            eventRow.setArray(7, c.createArrayOf("text", parties(order).toArray()));
            eventRow.setNull(8, Types.VARCHAR);
            eventRow.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The stack floor could not write its rows", e);
        }
        return id;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText() : null;
    }

    /** The relatedParty ids, as the outbox keeps them for subscription filters. */
    private static List<String> parties(JsonNode order) {
        List<String> ids = new ArrayList<>();
        for (JsonNode party : order.path("relatedParty")) {
            ids.add(party.path("id").asText());
        }
        return ids;
    }
}
