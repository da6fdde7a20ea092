package org.opentmf.ordering.query;

/** The query models of the TMF622 list endpoints (tables of V1__product_order.sql and the cancel table). */
public final class QueryModels {

    /** product_order_item alias i, queried as {@code productOrderItem.*} of an order (items at any depth). */
    public static final QueryModel PRODUCT_ORDER_ITEM = QueryModel.builder("product_order_item", "i")
            .document("document", Tmf622Schema.V4, "ProductOrderItem")
            .column("id", "item_id", ValueType.STRING, false)
            .column("action", "action", ValueType.STRING, false)
            .column("state", "state", ValueType.STRING, false)
            .column("productOffering.id", "product_offering_id", ValueType.STRING, true)
            .notQueryable("productOrderItem", "nested items are rows of their own: query 'productOrderItem.<attribute>', which matches items at any depth")
            .build();

    /** product_order alias o: {@code GET /productOrder}. */
    public static final QueryModel PRODUCT_ORDER = QueryModel.builder("product_order", "o")
            .idColumn("id")
            .document("document", Tmf622Schema.V4, "ProductOrder")
            .column("id", "id", ValueType.UUID, false)
            .column("state", "state", ValueType.STRING, false)
            .column("orderDate", "order_date", ValueType.DATE_TIME, false)
            .column("completionDate", "completion_date", ValueType.DATE_TIME, true)
            .column("cancellationDate", "cancellation_date", ValueType.DATE_TIME, true)
            .column("cancellationReason", "cancellation_reason", ValueType.STRING, true)
            .column("externalId", "external_id", ValueType.STRING, true)
            .column("category", "category", ValueType.STRING, true)
            .column("priority", "priority", ValueType.STRING, true)
            .column("@type", "at_type", ValueType.STRING, false)
            .child("productOrderItem", PRODUCT_ORDER_ITEM, "order_id")
            .notQueryable("href", "it is computed from the id: query 'id'")
            .sortableDocumentAttributes("description", "requestedCompletionDate", "requestedStartDate", "expectedCompletionDate")
            .defaultSort("-orderDate")
            .build();

    /**
     * cancel_product_order alias c: {@code GET /cancelProductOrder}. Columns as planned (id, state, creation_date,
     * requested_cancellation_date, effective_cancellation_date, cancellation_reason, product_order_id, document);
     * adjust here if the migration differs.
     */
    public static final QueryModel CANCEL_PRODUCT_ORDER = QueryModel.builder("cancel_product_order", "c")
            .idColumn("id")
            .document("document", Tmf622Schema.V4, "CancelProductOrder")
            .column("id", "id", ValueType.UUID, false)
            .column("state", "state", ValueType.STRING, false)
            .column("creationDate", "creation_date", ValueType.DATE_TIME, false)
            .column("requestedCancellationDate", "requested_cancellation_date", ValueType.DATE_TIME, true)
            .column("effectiveCancellationDate", "effective_cancellation_date", ValueType.DATE_TIME, true)
            .column("cancellationReason", "cancellation_reason", ValueType.STRING, true)
            .column("productOrder.id", "product_order_id", ValueType.UUID, true)
            .notQueryable("href", "it is computed from the id: query 'id'")
            .defaultSort("-creationDate")
            .build();

    private QueryModels() {
    }
}
