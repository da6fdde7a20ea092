package org.opentmf.ordering.order;

/**
 * An order moved from one state to another (whatever caused it), announced as a CDI event inside the changing
 * transaction for whoever counts transitions (operations metrics, after the commit). States only: no order data.
 */
public record OrderStateChanged(OrderState from, OrderState to) {
}
