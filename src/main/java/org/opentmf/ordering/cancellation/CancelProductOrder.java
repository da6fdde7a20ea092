package org.opentmf.ordering.cancellation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JavaType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.opentmf.ordering.common.db.JsonTreeJavaType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A TMF622 cancelProductOrder task: a client's request to cancel one product order, and how far it got.
 * It is persisted before anything happens to the order, so a future-dated cancellation survives a restart.
 */
@Entity
@Table(name = "cancel_product_order")
public class CancelProductOrder extends PanacheEntityBase {

    /** TMF TaskStateType values. */
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String IN_PROGRESS = "inProgress";
    public static final String DONE = "done";
    public static final String TERMINATED_WITH_ERROR = "terminatedWithError";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String state;

    @Column(name = "creation_date", nullable = false)
    public OffsetDateTime creationDate;

    @Column(name = "requested_cancellation_date")
    public OffsetDateTime requestedCancellationDate;

    @Column(name = "effective_cancellation_date")
    public OffsetDateTime effectiveCancellationDate;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "product_order_id", nullable = false)
    public UUID productOrderId;

    /** Every other attribute as the client sent it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @JavaType(JsonTreeJavaType.class)
    @Column(nullable = false, columnDefinition = "jsonb")
    public ObjectNode document = JsonNodeFactory.instance.objectNode();

    @Version
    public long version;

    /** Still to be carried out (acknowledged or inProgress). */
    public boolean isOpen() {
        return ACKNOWLEDGED.equals(state) || IN_PROGRESS.equals(state);
    }
}
