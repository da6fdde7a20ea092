-- Items carry their order's order_date (set once at issuance, never changed), so a list filtered on items alone
-- (productOrderItem.productOffering.id=..., the special-handling characteristic) is paged newest first from the
-- item indexes, without looking up every matching order to sort them (README, "Speed at a million orders").
alter table product_order_item add column order_date timestamptz;
update product_order_item i set order_date = o.order_date from product_order o where o.id = i.order_id;
alter table product_order_item alter column order_date set not null;

create index product_order_item_offering_date_idx
    on product_order_item (product_offering_id, order_date desc, order_id desc);
drop index if exists product_order_item_offering_order_idx;

create index product_order_item_special_handling_date_idx on product_order_item (order_date desc, order_id desc)
    where document @> '{"product":{"productCharacteristic":[{"name":"specialHandling"}]}}';
drop index if exists product_order_item_special_handling_idx;
