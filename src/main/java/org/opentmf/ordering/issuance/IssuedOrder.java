package org.opentmf.ordering.issuance;

import org.opentmf.ordering.productorder.ProductOrder;

/**
 * The outcome of issuance.
 *
 * @param order    the customer order
 * @param replayed true when an earlier request with the same Idempotency-Key and body had issued it already
 */
public record IssuedOrder(ProductOrder order, boolean replayed) {
}
