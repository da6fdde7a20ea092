package org.opentmf.ordering.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.Session;

import org.opentmf.ordering.common.web.Paging;
import org.opentmf.ordering.order.ProductOrder;
import org.opentmf.ordering.order.ProductOrders.Page;
import org.opentmf.ordering.query.QueryEngine;
import org.opentmf.ordering.query.QueryModels;
import org.opentmf.ordering.query.SqlCriteria;

/**
 * Runs TMF630 list queries over product orders. The SQL text comes only from the query engine's validated
 * model; every client value is a bound parameter.
 */
@ApplicationScoped
public class ProductOrderSearch {

    /** The default list order (newest first, then id), as the query engine writes it. */
    private static final String DEFAULT_ORDER = QueryEngine.orderBy(QueryModels.PRODUCT_ORDER, null);

    @Inject
    EntityManager em;

    /**
     * One page and the total. With a party, only the orders that name it count: the restriction is part of the
     * SQL of both the count and the page, so totals, {@code Link} and paging see the party's orders only.
     */
    @SuppressWarnings("unchecked")
    public Page find(Map<String, List<String>> filters, String sort, Paging paging, Optional<String> party) {
        Map<String, List<String>> query = new LinkedHashMap<>(filters);
        if (sort != null && !sort.isBlank()) {
            query.put("sort", List.of(sort));
        }
        SqlCriteria criteria = restrict(QueryEngine.translate(QueryModels.PRODUCT_ORDER, query), party);
        long total = count(criteria);
        if (total == 0 || paging.offset() >= total) {
            return new Page(List.of(), total);
        }
        // The page of ids first (index-only where the indexes allow: no order row is read before the sort),
        // then those orders and their items.
        int next = criteria.parameters().size() + 1;
        Query select = em.createNativeQuery(pageOfIds(criteria) + " offset ?" + next + " limit ?" + (next + 1));
        bind(select, criteria.parameters());
        select.setParameter(next, paging.offset());
        select.setParameter(next + 1, paging.limit());
        List<UUID> ids = select.getResultList();
        if (ids.isEmpty()) {
            return new Page(List.of(), total);
        }
        // One round trip for the orders and their items, plain JDBC on the session's own connection (OrderRows):
        // a list never changes what it returns, so Hibernate's entity assembly bought nothing.
        Map<UUID, ProductOrder> byId = em.unwrap(Session.class).doReturningWork(c -> OrderRows.load(c, ids));
        List<ProductOrder> orders = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            ProductOrder o = byId.get(id);
            if (o != null) { // deleted between the two statements
                orders.add(o);
            }
        }
        return new Page(orders, total);
    }

    /** The criteria with the party restriction added after the client's own (numbered placeholders follow them). */
    private static SqlCriteria restrict(SqlCriteria criteria, Optional<String> party) {
        if (party.isEmpty()) {
            return criteria;
        }
        int next = criteria.parameters().size() + 1;
        List<Object> parameters = new ArrayList<>(criteria.parameters());
        parameters.addAll(OrderParties.containment(party.get()));
        // no child-only shortcut: the items do not know the order's parties
        return new SqlCriteria("(" + criteria.where() + ") and " + OrderParties.predicate("o", "?" + next,
                "?" + (next + 1)), criteria.orderBy(), parameters, null);
    }

    /**
     * The ids of the matching orders in list order. A lone item filter under the default sort is answered from the
     * items alone: they carry their order's (immutable) order_date (V8), and its indexes hand out matching items
     * newest order first, so a page never looks at the orders that did not make it.
     */
    private static String pageOfIds(SqlCriteria criteria) {
        SqlCriteria.ChildFilter items = criteria.childOnly();
        if (items != null && DEFAULT_ORDER.equals(criteria.orderBy())) {
            String date = items.alias() + ".order_date";
            return "select " + items.foreignKey() + " from " + items.table() + " " + items.alias() + " where "
                    + items.where() + " group by " + date + ", " + items.foreignKey()
                    + " order by " + date + " desc, " + items.foreignKey() + " desc";
        }
        return "select o.id from product_order o where " + criteria.where() + " order by " + criteria.orderBy();
    }

    /**
     * Exact count; the unfiltered one from the tally kept by triggers (V6, V7), not by counting every row; a lone
     * item filter over the items alone (every item belongs to an order).
     */
    private long count(SqlCriteria criteria) {
        if ("true".equals(criteria.where())) {
            return ((Number) em.createNativeQuery("select sum(orders) from product_order_tally").getSingleResult()).longValue();
        }
        SqlCriteria.ChildFilter items = criteria.childOnly();
        Query count = em.createNativeQuery(items != null
                ? "select count(distinct " + items.foreignKey() + ") from " + items.table() + " " + items.alias()
                        + " where " + items.where()
                : "select count(*) from product_order o where " + criteria.where());
        bind(count, criteria.parameters());
        return ((Number) count.getSingleResult()).longValue();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }
}
