package org.opentmf.ordering.order;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.JavaType;
import org.hibernate.type.SqlTypes;
import org.opentmf.ordering.common.db.JsonTreeJavaType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One item of an order; nested items are rows too, pointing at their parent. Identity, action, state and
 * the offering have columns; the rest of the item (product, prices, qualification, ...) is {@link #document}.
 */
@Entity
@Table(name = "product_order_item")
public class ProductOrderItem extends PanacheEntityBase {

    @EmbeddedId
    public Key id = new Key();

    @MapsId("orderId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    public ProductOrder order;

    /** The enclosing item's id for nested items, null at the top level. */
    @Column(name = "parent_item_id")
    public String parentItemId;

    /** Position among its siblings, to give items back in the order they were sent. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String action;

    /** Null for the items of a v5 draft, which get theirs when it is issued. */
    public String state;

    @Column(name = "product_offering_id")
    public String productOfferingId;

    /** The order's orderDate, copied so that lists filtered on items can be sorted from the items (V8). */
    @Column(name = "order_date", nullable = false, updatable = false)
    public OffsetDateTime orderDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @JavaType(JsonTreeJavaType.class)
    @Column(nullable = false, columnDefinition = "jsonb")
    public ObjectNode document = JsonNodeFactory.instance.objectNode();

    public String itemId() {
        return id.itemId;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "order_id")
        public UUID orderId;

        @Column(name = "item_id")
        public String itemId;

        public Key() {
        }

        public Key(UUID orderId, String itemId) {
            this.orderId = orderId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(orderId, k.orderId) && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, itemId);
        }
    }
}
