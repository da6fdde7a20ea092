package org.opentmf.ordering.order;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JavaType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opentmf.ordering.common.db.JsonTreeJavaType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A customer order, independent of the API version that created it. What is queried or changed on its own
 * has a column; every other TMF attribute (relatedParty, note, channel, prices, extension attributes, ...)
 * stays in {@link #document} as the client sent it.
 */
@Entity
@Table(name = "product_order")
public class ProductOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "at_type", nullable = false)
    public String atType = "ProductOrder";

    @Column(nullable = false)
    public String state;

    @Column(name = "order_date", nullable = false)
    public OffsetDateTime orderDate;

    @Column(name = "completion_date")
    public OffsetDateTime completionDate;

    @Column(name = "cancellation_date")
    public OffsetDateTime cancellationDate;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "external_id")
    public String externalId;

    public String category;

    public String priority;

    /** Set by issuance when a bespoke item arrived without a feasibility assessment. */
    @Column(name = "special_handling", nullable = false)
    public boolean specialHandling;

    /** All other first-level attributes, as received. Never holds the column attributes nor the items. */
    @JdbcTypeCode(SqlTypes.JSON)
    @JavaType(JsonTreeJavaType.class)
    @Column(nullable = false, columnDefinition = "jsonb")
    public ObjectNode document = JsonNodeFactory.instance.objectNode();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    public List<ProductOrderItem> items = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "last_update", nullable = false)
    public OffsetDateTime lastUpdate;

    public static Optional<ProductOrder> findByIdText(String id) {
        return parseId(id).flatMap(uuid -> ProductOrder.<ProductOrder>findByIdOptional(uuid));
    }

    /** Ids are UUIDs; anything else simply names no order (a 404, never a 500). */
    public static Optional<UUID> parseId(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void addItem(ProductOrderItem item) {
        item.order = this;
        item.id.orderId = this.id;
        item.orderDate = this.orderDate;
        items.add(item);
    }

    public Optional<ProductOrderItem> item(String itemId) {
        return items.stream().filter(i -> i.id.itemId.equals(itemId)).findFirst();
    }
}
