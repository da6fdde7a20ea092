-- Indexes for the TMF630 list filters (org.opentmf.ordering.query.QueryEngine).
-- Equality on any jsonb path (relatedParty.id=..., productOrderItem.product.productCharacteristic.name=...)
-- is translated to containment (document @> ...), which these GIN jsonb_path_ops indexes serve.
create index product_order_document_gin_idx on product_order using gin (document jsonb_path_ops);
create index product_order_item_document_gin_idx on product_order_item using gin (document jsonb_path_ops);
-- productOrderItem.state / .action filters run inside EXISTS(... where i.order_id = o.id ...): the primary key
-- (order_id, item_id) serves the correlation; these serve selective item filters driven from the item side.
create index product_order_item_state_idx on product_order_item (state);
