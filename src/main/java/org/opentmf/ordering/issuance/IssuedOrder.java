package org.opentmf.ordering.issuance;

import org.opentmf.ordering.order.ProductOrder;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The outcome of issuance.
 *
 * @param order          the customer order
 * @param representation the order as TMF JSON (with its href), rendered once in the issuing transaction
 * @param replayed       true when an earlier request with the same Idempotency-Key and body had issued it already
 */
public record IssuedOrder(ProductOrder order, ObjectNode representation, boolean replayed) {
}
