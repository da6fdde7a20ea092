package org.opentmf.ordering.order;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongPredicate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.party.Requester;
import org.opentmf.ordering.common.web.Hrefs;
import org.opentmf.ordering.common.web.Paging;
import org.opentmf.ordering.events.TmfEvent;
import org.opentmf.ordering.order.ProductOrderDocument;
import org.opentmf.ordering.order.ProductOrder;

import io.opentelemetry.instrumentation.annotations.WithSpan;

/** Reads, finds and deletes product orders. Creation is {@link org.opentmf.ordering.issuance.OrderIssuance}. */
@ApplicationScoped
public class ProductOrders {

    public static final String RESOURCE = "ProductOrder";

    @Inject
    ProductOrderSearch search;

    @Inject
    DataSource dataSource;

    @Inject
    Event<TmfEvent> events;

    @Inject
    ProductOrderDocument mapper;

    @Inject
    Hrefs hrefs;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductOrder get(String id) {
        return ProductOrder.findByIdText(id).orElseThrow(() -> TmfException.notFound(RESOURCE, id));
    }

    /** The order for a client to read (items loaded, nothing tracked for changes); 404 if it may not see it. */
    public ProductOrder read(String id, Requester requester) {
        ProductOrder order = ProductOrder.parseId(id).map(this::load).orElse(null);
        if (order == null) {
            throw TmfException.notFound(RESOURCE, id);
        }
        return OrderParties.requireVisible(order, id, requester);
    }

    /** One query, plain JDBC, no persistence context (OrderRows): a read changes nothing. */
    private ProductOrder load(UUID id) {
        try (Connection c = dataSource.getConnection()) {
            return OrderRows.load(c, List.of(id)).get(id);
        } catch (SQLException e) {
            throw new OrderRows.Unreadable(e);
        }
    }

    /** One page of the orders the requester may see matching the TMF630 filters, and how many match in all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @WithSpan("search product orders")
    public Page find(Map<String, List<String>> filters, String sort, Paging paging, Requester requester) {
        return search.find(filters, sort, paging, requester.actingParty());
    }

    /**
     * Deletes the order (its items and initiating request go with it) when {@code preconditions} accept its
     * version (the request's If-Match); else 412.
     */
    @Transactional
    public void delete(String id, LongPredicate preconditions, Requester requester) {
        ProductOrder order = OrderParties.requireVisible(get(id), id, requester);
        if (!preconditions.test(order.version)) {
            throw TmfException.preconditionFailed("ProductOrder '" + id + "' has changed (If-Match does not match)");
        }
        events.fire(TmfEvent.productOrder(TmfEvent.PRODUCT_ORDER_DELETE, id, mapper.toTree(order, hrefs.productOrder(id))));
        order.delete();
    }

    public record Page(List<ProductOrder> orders, long total) {
    }

    public static UUID uuid(String id) {
        return ProductOrder.parseId(id).orElseThrow(() -> TmfException.notFound(RESOURCE, id));
    }
}
