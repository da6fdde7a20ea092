package org.opentmf.ordering.issuance;

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

    public static Optional<InitiatingRequest> findByOrder(UUID orderId) {
        return find("orderId", orderId).firstResultOptional();
    }

    public static Optional<InitiatingRequest> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }
}
