-- The count and page statements the server runs for the benchmark queries (as QueryEngine translates them),
-- with their bound values inlined. Each must use an index.
\pset pager off
\echo '--- default page: count'
explain (analyze, buffers, costs off) select count(*) from product_order o where true;
\echo '--- default page: page'
explain (analyze, buffers, costs off) select o.id from product_order o where true order by o.order_date desc, o.id desc offset 0 limit 100;
\echo '--- state=inProgress: count'
explain (analyze, buffers, costs off) select count(*) from product_order o where o.state = 'inProgress';
\echo '--- state=inProgress: page'
explain (analyze, buffers, costs off) select o.id from product_order o where o.state = 'inProgress' order by o.order_date desc, o.id desc offset 0 limit 100;
\echo '--- relatedParty.id=C-4242: count'
explain (analyze, buffers, costs off) select count(*) from product_order o where o.document @> cast('{"relatedParty":[{"id":"C-4242"}]}' as jsonb);
\echo '--- relatedParty.id=C-4242: page'
explain (analyze, buffers, costs off) select o.id from product_order o where o.document @> cast('{"relatedParty":[{"id":"C-4242"}]}' as jsonb) order by o.order_date desc, o.id desc offset 0 limit 100;
\echo '--- productOrderItem.productOffering.id=PO-17: count'
explain (analyze, buffers, costs off) select count(distinct i.order_id) from product_order_item i where i.product_offering_id = 'PO-17';
\echo '--- productOrderItem.productOffering.id=PO-17: page'
explain (analyze, buffers, costs off) select i.order_id from product_order_item i where i.product_offering_id = 'PO-17' group by i.order_date, i.order_id order by i.order_date desc, i.order_id desc offset 0 limit 100;
\echo '--- specialHandling: count'
explain (analyze, buffers, costs off) select count(distinct i.order_id) from product_order_item i where i.document @> cast('{"product":{"productCharacteristic":[{"name":"specialHandling"}]}}' as jsonb);
\echo '--- specialHandling: page'
explain (analyze, buffers, costs off) select i.order_id from product_order_item i where i.document @> cast('{"product":{"productCharacteristic":[{"name":"specialHandling"}]}}' as jsonb) group by i.order_date, i.order_id order by i.order_date desc, i.order_id desc offset 0 limit 100;
\echo '--- orderDate range: count'
explain (analyze, buffers, costs off) select count(*) from product_order o where o.order_date >= '2025-06-01T00:00Z' and o.order_date < '2025-06-30T22:00Z';
\echo '--- orderDate range: page'
explain (analyze, buffers, costs off) select o.id from product_order o where o.order_date >= '2025-06-01T00:00Z' and o.order_date < '2025-06-30T22:00Z' order by o.order_date asc, o.id asc offset 0 limit 100;
\echo '--- orders and items of a page (one query for the 100 ids of the page)'
explain (analyze, buffers, costs off) select * from product_order o left join product_order_item i on i.order_id = o.id where o.id = any (array(select id from product_order order by order_date desc, id desc limit 100));
