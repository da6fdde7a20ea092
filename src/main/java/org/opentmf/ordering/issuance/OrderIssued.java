package org.opentmf.ordering.issuance;

import org.opentmf.ordering.productorder.ProductOrder;

/**
 * Fired (synchronously, inside the issuing transaction) when an order has been issued. Observers that must
 * not lose it (the event outbox) write in the same transaction.
 */
public record OrderIssued(ProductOrder order, InitiatingRequest initiatingRequest) {
}
