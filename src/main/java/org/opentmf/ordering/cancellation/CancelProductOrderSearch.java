package org.opentmf.ordering.cancellation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.opentmf.ordering.cancellation.CancelProductOrder;
import org.opentmf.ordering.common.web.Paging;
import org.opentmf.ordering.order.OrderParties;
import org.opentmf.ordering.query.QueryEngine;
import org.opentmf.ordering.query.QueryModels;
import org.opentmf.ordering.query.SqlCriteria;

/** TMF630 list queries over cancelProductOrder tasks (same engine and rules as the order list). */
@ApplicationScoped
public class CancelProductOrderSearch {

    @Inject
    EntityManager em;

    public record Page(List<CancelProductOrder> tasks, long total) {
    }

    /** With a party, only the tasks about orders that name it, in the SQL of the count and of the page. */
    @SuppressWarnings("unchecked")
    public Page find(Map<String, List<String>> filters, String sort, Paging paging, Optional<String> party) {
        Map<String, List<String>> query = new LinkedHashMap<>(filters);
        if (sort != null && !sort.isBlank()) {
            query.put("sort", List.of(sort));
        }
        SqlCriteria criteria = QueryEngine.translate(QueryModels.CANCEL_PRODUCT_ORDER, query);
        if (party.isPresent()) {
            int next = criteria.parameters().size() + 1;
            List<Object> parameters = new java.util.ArrayList<>(criteria.parameters());
            parameters.addAll(OrderParties.containment(party.get()));
            criteria = new SqlCriteria("(" + criteria.where() + ") and exists (select 1 from product_order o"
                    + " where o.id = c.product_order_id and " + OrderParties.predicate("o", "?" + next, "?" + (next + 1))
                    + ")", criteria.orderBy(), parameters, null);
        }
        Query count = em.createNativeQuery("select count(*) from cancel_product_order c where " + criteria.where());
        bind(count, criteria.parameters());
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || paging.offset() >= total) {
            return new Page(List.of(), total);
        }
        int next = criteria.parameters().size() + 1;
        Query select = em.createNativeQuery("select c.* from cancel_product_order c where " + criteria.where()
                + " order by " + criteria.orderBy() + " offset ?" + next + " limit ?" + (next + 1),
                CancelProductOrder.class);
        bind(select, criteria.parameters());
        select.setParameter(next, paging.offset());
        select.setParameter(next + 1, paging.limit());
        return new Page(select.getResultList(), total);
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }
}
