package org.opentmf.ordering.productorder.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.opentmf.ordering.common.web.Paging;
import org.opentmf.ordering.productorder.ProductOrder;
import org.opentmf.ordering.productorder.service.ProductOrderService.Page;
import org.opentmf.ordering.query.QueryEngine;
import org.opentmf.ordering.query.QueryModels;
import org.opentmf.ordering.query.SqlCriteria;

/**
 * Runs TMF630 list queries over product orders. The SQL text comes only from the query engine's validated
 * model; every client value is a bound parameter.
 */
@ApplicationScoped
public class ProductOrderSearch {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Page find(Map<String, List<String>> filters, String sort, Paging paging) {
        Map<String, List<String>> query = new LinkedHashMap<>(filters);
        if (sort != null && !sort.isBlank()) {
            query.put("sort", List.of(sort));
        }
        SqlCriteria criteria = QueryEngine.translate(QueryModels.PRODUCT_ORDER, query);
        Query count = em.createNativeQuery("select count(*) from product_order o where " + criteria.where());
        bind(count, criteria.parameters());
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || paging.offset() >= total) {
            return new Page(List.of(), total);
        }
        int next = criteria.parameters().size() + 1;
        Query select = em.createNativeQuery("select o.* from product_order o where " + criteria.where()
                + " order by " + criteria.orderBy() + " offset ?" + next + " limit ?" + (next + 1), ProductOrder.class);
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
