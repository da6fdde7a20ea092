package org.opentmf.ordering.issuance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opentmf.ordering.common.db.JsonbFormatMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The record of the sales request that started an order: the body exactly as received, when, its hash,
 * the idempotency key, and how issuance assessed each item. Written once, when the order is created; the one
 * later change is a v5 draft's issue, which adds the item assessments and {@link #issuedAt} (DraftIssuance).
 */
@Entity
@Table(name = "initiating_request")
public class InitiatingRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false, unique = true)
    public UUID orderId;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** The request body, byte for byte. */
    @Column(nullable = false)
    public byte[] body;

    @Column(name = "body_sha256", nullable = false)
    public String bodySha256;

    @Column(name = "idempotency_key", unique = true)
    public String idempotencyKey;

    /** When the order was issued: at creation, or when its draft was acknowledged; null while a draft (V14). */
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ItemAssessment> items;

    /** Who asked (V12): the token's subject, client and party; null without authentication. */
    @Column(name = "requested_by_subject")
    public String requestedBySubject;

    @Column(name = "requested_by_client")
    public String requestedByClient;

    @Column(name = "requested_by_party")
    public String requestedByParty;

    private static final String INSERT = "insert into initiating_request (id, order_id, received_at, body, body_sha256,"
            + " idempotency_key, items, requested_by_subject, requested_by_client, requested_by_party, issued_at)"
            + " values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)";

    private static final ObjectWriter ITEMS = JsonbFormatMapper.JSON.writerFor(new TypeReference<List<ItemAssessment>>() {
    });

    /**
     * Writes the record with plain JDBC on the caller's connection (order creation does not go through Hibernate):
     * the same row Hibernate wrote, the items as the jsonb mapper renders them.
     */
    void insert(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, id);
            ps.setObject(2, orderId);
            ps.setObject(3, receivedAt);
            ps.setBytes(4, body);
            ps.setString(5, bodySha256);
            ps.setString(6, idempotencyKey);
            ps.setString(7, ITEMS.writeValueAsString(items));
            ps.setString(8, requestedBySubject);
            ps.setString(9, requestedByClient);
            ps.setString(10, requestedByParty);
            ps.setObject(11, issuedAt);
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Item assessments always serialise", e);
        }
    }

    public static Optional<InitiatingRequest> findByOrder(UUID orderId) {
        return find("orderId", orderId).firstResultOptional();
    }

    public static Optional<InitiatingRequest> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }
}
