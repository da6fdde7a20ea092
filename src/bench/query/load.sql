-- Loads :orders synthetic product orders (3 items each) into the schema the app's Flyway migrations created.
-- Rows are generated in SQL (generate_series): no client round trips. Secondary indexes are dropped during the
-- load and re-created afterwards from their exact definitions (pg_indexes.indexdef). Run in one transaction (psql -1);
-- run.sh then does VACUUM ANALYZE (fresh statistics and visibility map for index-only scans).
--
-- Shape (deterministic in g = 1..:orders):
--   state         completed 55%, inProgress 15%, acknowledged 10%, cancelled 6%, failed 4%, pending 3%, held 3%,
--                 rejected 2%, partial 2%
--   order_date    one order every 63 s going back from 2026-01-01 (about 2 years for 1M orders)
--   relatedParty  customer C-<0..49999> (about 20 orders each) + salesAgent A-<0..299>
--   items         3 per order, offering PO-<0..999> (about 3,000 orders each), 2-3 product characteristics
--   special       1 order in 97: item 3 is bespoke (no offering) with characteristic specialHandling=true
--                 (what issuance writes) and a SpecialHandlingNote on the order; special_handling = true
\set ON_ERROR_STOP on
set maintenance_work_mem = '1GB';
set synchronous_commit = off;

create temp table saved_index as
select indexname, indexdef from pg_indexes
where schemaname = 'public' and tablename in ('product_order', 'product_order_item')
  and indexname not in ('product_order_pkey', 'product_order_item_pkey');
do $$ declare r record; begin
  for r in select indexname from saved_index loop execute 'drop index ' || quote_ident(r.indexname); end loop;
end $$;

truncate product_order cascade;

insert into product_order (id, at_type, state, order_date, completion_date, cancellation_date, cancellation_reason,
                           external_id, category, priority, special_handling, document, version, last_update)
select md5('order-' || g)::uuid,
       'ProductOrder',
       s.state,
       d.order_date,
       case when s.state = 'completed' then d.order_date + interval '3 days' end,
       case when s.state = 'cancelled' then d.order_date + interval '1 day' end,
       case when s.state = 'cancelled' then 'Customer changed their mind' end,
       'EXT-' || g,
       (array['B2C', 'B2B', 'wholesale'])[1 + g % 3],
       (g % 5)::text,
       g % 97 = 7,
       jsonb_build_object(
           'description', 'Order ' || g || ' for customer C-' || (g::bigint * 7919) % 50000,
           'requestedStartDate', to_char((d.order_date + interval '7 days') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'requestedCompletionDate', to_char((d.order_date + interval '30 days') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'channel', jsonb_build_array(jsonb_build_object('id', 'CH-' || g % 4, 'name', (array['web', 'shop', 'phone', 'partner'])[1 + g % 4], 'role', 'salesChannel')),
           'relatedParty', jsonb_build_array(
               jsonb_build_object('id', 'C-' || (g::bigint * 7919) % 50000, 'role', 'customer', '@referredType', 'Individual', 'name', 'Customer ' || (g::bigint * 7919) % 50000),
               jsonb_build_object('id', 'A-' || g % 300, 'role', 'salesAgent', '@referredType', 'PartyRole')),
           'billingAccount', jsonb_build_object('id', 'BA-' || (g::bigint * 7919) % 50000, '@referredType', 'BillingAccount'),
           'orderTotalPrice', jsonb_build_array(jsonb_build_object('priceType', 'recurring', 'recurringChargePeriod', 'month',
               'price', jsonb_build_object('taxIncludedAmount', jsonb_build_object('unit', 'EUR', 'value', 10 + g % 90))))
       ) || case when g % 97 = 7 then jsonb_build_object('note', jsonb_build_array(jsonb_build_object(
               'id', 'special-handling', '@type', 'SpecialHandlingNote', 'author', 'OpenTMF Ordering - Issue Customer Order',
               'date', to_char(d.order_date at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'text', 'Special handling needed: bespoke item(s) without a prior feasibility assessment (ProductOfferingQualification): item 3 (it adds a product described by value only (no productOffering)).')))
            else '{}'::jsonb end,
       0,
       d.order_date
from generate_series(1, :orders) g
cross join lateral (select timestamptz '2026-01-01 00:00:00+00' - make_interval(secs => g * 63) as order_date) d
cross join lateral (select case
           when g % 100 < 55 then 'completed' when g % 100 < 70 then 'inProgress' when g % 100 < 80 then 'acknowledged'
           when g % 100 < 86 then 'cancelled' when g % 100 < 90 then 'failed' when g % 100 < 93 then 'pending'
           when g % 100 < 96 then 'held' when g % 100 < 98 then 'rejected' else 'partial' end as state) s;

insert into product_order_item (order_id, item_id, parent_item_id, position, action, state, product_offering_id, document,
                                order_date)
select md5('order-' || g)::uuid,
       k::text,
       null,
       k - 1,
       case when k = 2 and g % 4 = 0 then 'modify' else 'add' end,
       case o.state when 'completed' then 'completed' when 'cancelled' then 'cancelled' when 'failed' then 'failed'
                    when 'inProgress' then 'inProgress' else 'acknowledged' end,
       case when special then null else 'PO-' || (g * 31 + k * 337) % 1000 end,
       case when special then
           jsonb_build_object('quantity', 1, '@type', 'ProductOrderItem',
               'product', jsonb_build_object('name', 'Bespoke installation ' || g, 'productCharacteristic', jsonb_build_array(
                   jsonb_build_object('name', 'siteSurvey', 'valueType', 'string', 'value', 'required'),
                   jsonb_build_object('name', 'specialHandling', 'valueType', 'boolean', 'value', true))))
       else
           jsonb_build_object('quantity', 1 + (g + k) % 3, '@type', 'ProductOrderItem',
               'productOffering', jsonb_build_object('id', 'PO-' || (g * 31 + k * 337) % 1000, 'name', 'Offering ' || (g * 31 + k * 337) % 1000),
               'product', jsonb_build_object('productCharacteristic', jsonb_build_array(
                   jsonb_build_object('name', 'speed', 'valueType', 'string', 'value', (array['100M', '500M', '1G'])[1 + (g + k) % 3]),
                   jsonb_build_object('name', 'colour', 'valueType', 'string', 'value', (array['black', 'white'])[1 + g % 2]))),
               'itemPrice', jsonb_build_array(jsonb_build_object('priceType', 'recurring', 'recurringChargePeriod', 'month',
                   'price', jsonb_build_object('taxIncludedAmount', jsonb_build_object('unit', 'EUR', 'value', 5 + (g + k) % 30)))))
       end,
       timestamptz '2026-01-01 00:00:00+00' - make_interval(secs => g * 63) -- the order's order_date
from generate_series(1, :orders) g
cross join generate_series(1, 3) k
cross join lateral (select g % 97 = 7 and k = 3 as special,
       case when g % 100 < 55 then 'completed' when g % 100 < 70 then 'inProgress' when g % 100 < 80 then 'acknowledged'
            when g % 100 < 86 then 'cancelled' when g % 100 < 90 then 'failed' else 'other' end as state) o;

do $$ declare r record; begin
  for r in select indexdef from saved_index loop execute r.indexdef; end loop;
end $$;
