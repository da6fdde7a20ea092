package org.opentmf.ordering.order;

import org.opentmf.ordering.common.error.TmfException;

import static org.opentmf.ordering.order.OrderState.CANCELLED;
import static org.opentmf.ordering.order.OrderState.COMPLETED;
import static org.opentmf.ordering.order.OrderState.FAILED;
import static org.opentmf.ordering.order.OrderState.PARTIAL;
import static org.opentmf.ordering.order.OrderState.REJECTED;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Consistency rules between the state of a productOrder and the states of its productOrderItems.
 *
 * <p>Typical use after a change: apply {@link #cascadeToItem} to every item when the order moved
 * (cause {@code CASCADE_FROM_ORDER}), or {@link #derivedOrderState} when an item moved (cause
 * {@code DERIVED_FROM_ITEMS}), then {@link #checkAcceptanceConsistency} before saving.
 */
public final class OrderItemStates {

    private OrderItemStates() {
    }

    /**
     * The order state implied by its item states, or empty when the order keeps its state.
     * <ul>
     *   <li>the order is already final, or has no items: empty (nothing to derive);</li>
     *   <li>any item rejected: empty (rejection is decided for the whole order, see
     *       {@link #checkAcceptanceConsistency});</li>
     *   <li>every item cancelled: cancelled (nothing is left to deliver);</li>
     *   <li>otherwise cancelled items are ignored, and over the remaining items:
     *       any item still open: empty; all completed: completed; all failed: failed;
     *       a mix of completed and failed: partial.</li>
     * </ul>
     * The result is always a final state reachable with {@code DERIVED_FROM_ITEMS}.
     */
    public static Optional<OrderState> derivedOrderState(OrderState current, Collection<OrderState> itemStates) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(itemStates, "itemStates");
        if (current.isFinal() || itemStates.isEmpty()) {
            return Optional.empty(); // a final order never changes; no items, nothing to derive from
        }
        EnumSet<OrderState> present = EnumSet.noneOf(OrderState.class);
        for (OrderState item : itemStates) {
            present.add(Objects.requireNonNull(item, "item state"));
        }
        if (present.contains(REJECTED)) {
            return Optional.empty(); // rejection goes order -> items, never items -> order
        }
        if (present.equals(EnumSet.of(CANCELLED))) {
            return Optional.of(CANCELLED); // every item cancelled: the order is cancelled too
        }
        present.remove(CANCELLED); // cancelled items do not count once another item exists
        if (!COMPLETED_OR_FAILED.containsAll(present)) {
            return Optional.empty(); // some item still open (or an invalid partial item): no change yet
        }
        if (present.size() == 2) {
            return Optional.of(PARTIAL); // some completed, some failed
        }
        return Optional.of(present.iterator().next()); // all completed -> completed, all failed -> failed
    }

    private static final Set<OrderState> COMPLETED_OR_FAILED = EnumSet.of(COMPLETED, FAILED);
    private static final Set<OrderState> CASCADING = EnumSet.of(COMPLETED, FAILED, CANCELLED, REJECTED);

    /**
     * The state an item takes when its order moves to {@code newOrderState}.
     * <ul>
     *   <li>an item already final keeps its state;</li>
     *   <li>order completed / failed / cancelled / rejected: an open item takes the same state;</li>
     *   <li>any other order state (including partial, which is derived from final items): the item keeps its state.</li>
     * </ul>
     */
    public static OrderState cascadeToItem(OrderState newOrderState, OrderState itemState) {
        Objects.requireNonNull(newOrderState, "newOrderState");
        Objects.requireNonNull(itemState, "itemState");
        if (itemState.isFinal()) {
            return itemState; // final items never move
        }
        return CASCADING.contains(newOrderState) ? newOrderState : itemState; // open items follow a closing order
    }

    /**
     * Acceptance is all-or-nothing: an order is rejected exactly when all its items are rejected.
     * <ul>
     *   <li>order rejected: every item must be rejected (the cascade rejects open items; a final
     *       completed/failed/cancelled item makes the rejection impossible);</li>
     *   <li>order not rejected: no item may be rejected (a single rejected item is an inconsistency,
     *       and so is a mix of rejected and accepted items).</li>
     * </ul>
     *
     * @throws InconsistentStatesException when the rule is broken (a separate exception, since no single
     *         transition is at fault; map it like {@link InvalidStateTransitionException})
     */
    public static void checkAcceptanceConsistency(OrderState order, Collection<OrderState> items) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(items, "items");
        for (OrderState item : items) {
            Objects.requireNonNull(item, "item state");
            if (order == REJECTED && item != REJECTED) {
                throw new InconsistentStatesException(order, items, "productOrder is rejected but a productOrderItem is "
                        + item.wireValue() + ": all items of a rejected order must be rejected");
            }
            if (order != REJECTED && item == REJECTED) {
                throw new InconsistentStatesException(order, items, "a productOrderItem is rejected but productOrder is "
                        + order.wireValue() + ": items are only rejected together with their order");
            }
        }
    }

    /** The order state and item states are inconsistent with each other. */
    public static class InconsistentStatesException extends TmfException {

        private static final long serialVersionUID = 1L;

        private final OrderState orderState;
        private final List<OrderState> itemStates;

        public InconsistentStatesException(OrderState orderState, Collection<OrderState> itemStates, String message) {
            super(409, "Conflict", message);
            this.orderState = orderState;
            this.itemStates = List.copyOf(itemStates);
        }

        public OrderState getOrderState() {
            return orderState;
        }

        public List<OrderState> getItemStates() {
            return itemStates;
        }
    }
}
