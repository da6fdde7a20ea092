-- TMF630 list queries at a million orders (measured by src/bench/query/run.sh, figures in docs/query.md).

-- productOrderItem.productOffering.id=...: the semi-join reads order ids from the index alone (no item heap).
create index if not exists product_order_item_offering_order_idx on product_order_item (product_offering_id, order_id);
drop index if exists product_order_item_offering_idx;

-- productOrderItem.product.productCharacteristic.name=specialHandling (what issuance adds to bespoke items
-- without a feasibility assessment): the few flagged items, found without touching the item heap.
create index if not exists product_order_item_special_handling_idx on product_order_item (order_id)
    where document @> '{"product":{"productCharacteristic":[{"name":"specialHandling"}]}}';

-- Orders reached by id from a child filter: their order_date without a heap visit, so the page of ids is
-- sorted (default sort) before any order row is read.
create index if not exists product_order_id_order_date_idx on product_order (id) include (order_date);

-- Exact X-Total-Count for the unfiltered list without counting a million rows: a one-row tally kept by
-- statement-level triggers in the same transaction as every insert, delete and truncate.
create table product_order_tally (
    singleton boolean primary key default true check (singleton),
    orders    bigint  not null
);
insert into product_order_tally (orders) select count(*) from product_order;

create function product_order_tally() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update product_order_tally set orders = orders + (select count(*) from new_rows);
    elsif tg_op = 'DELETE' then
        update product_order_tally set orders = orders - (select count(*) from old_rows);
    else
        update product_order_tally set orders = 0;
    end if;
    return null;
end $$;

create trigger product_order_tally_insert after insert on product_order
    referencing new table as new_rows for each statement execute function product_order_tally();
create trigger product_order_tally_delete after delete on product_order
    referencing old table as old_rows for each statement execute function product_order_tally();
create trigger product_order_tally_truncate after truncate on product_order
    for each statement execute function product_order_tally();
