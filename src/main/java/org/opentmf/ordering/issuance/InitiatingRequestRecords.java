package org.opentmf.ordering.issuance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.party.Requester;
import org.opentmf.ordering.order.OrderParties;
import org.opentmf.ordering.order.ProductOrder;

/** Finds the initiating-request record of an order. */
@ApplicationScoped
public class InitiatingRequestRecords {

    /** The record of the request that issued the order; 404 when there is no such order or it is not visible. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InitiatingRequest forOrder(String orderId, Requester requester) {
        if (requester.actingParty().isPresent()) {
            ProductOrder.findByIdText(orderId)
                    .filter(order -> OrderParties.visible(order, requester))
                    .orElseThrow(() -> TmfException.notFound("ProductOrder", orderId));
        }
        return ProductOrder.parseId(orderId)
                .flatMap(InitiatingRequest::findByOrder)
                .orElseThrow(() -> TmfException.notFound("ProductOrder", orderId));
    }
}
