package org.opentmf.ordering.order;

import static org.opentmf.ordering.order.OrderState.ACKNOWLEDGED;
import static org.opentmf.ordering.order.OrderState.ASSESSING_CANCELLATION;
import static org.opentmf.ordering.order.OrderState.CANCELLED;
import static org.opentmf.ordering.order.OrderState.COMPLETED;
import static org.opentmf.ordering.order.OrderState.DRAFT;
import static org.opentmf.ordering.order.OrderState.FAILED;
import static org.opentmf.ordering.order.OrderState.HELD;
import static org.opentmf.ordering.order.OrderState.IN_PROGRESS;
import static org.opentmf.ordering.order.OrderState.PARTIAL;
import static org.opentmf.ordering.order.OrderState.PENDING;
import static org.opentmf.ordering.order.OrderState.PENDING_CANCELLATION;
import static org.opentmf.ordering.order.OrderState.REJECTED;
import static org.opentmf.ordering.order.StateMachine.TransitionCause.CANCELLATION;
import static org.opentmf.ordering.order.StateMachine.TransitionCause.CASCADE_FROM_ORDER;
import static org.opentmf.ordering.order.StateMachine.TransitionCause.CLIENT_CHANGE;
import static org.opentmf.ordering.order.StateMachine.TransitionCause.DERIVED_FROM_ITEMS;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The TMF622 v4 lifecycle of a productOrder ({@link #order()}) and of a productOrderItem
 * ({@link #item()}). Both read the single {@link #TABLE} below; the item machine simply has no
 * {@link OrderState#PARTIAL} and accepts other causes.
 *
 * <p>A change to the same state is not a transition: {@link #isNoOp} is true, {@link #allowed}
 * answers true and {@link #check} does nothing (for a state the machine knows).
 */
public final class StateMachine {

    /** Why a state changes; the same pair of states may be allowed for one cause and not another. */
    public enum TransitionCause {
        /** A client asks for it, e.g. the state in a PATCH of the order or of an item. */
        CLIENT_CHANGE,
        /** The cancelProductOrder process (TMF622 CancelProductOrder resource). */
        CANCELLATION,
        /** The server sets the order state from its items' states (see {@link OrderItemStates#derivedOrderState}). */
        DERIVED_FROM_ITEMS,
        /** The server moves an item because its order moved (see {@link OrderItemStates#cascadeToItem}). */
        CASCADE_FROM_ORDER
    }

    private static final Set<TransitionCause> ORDINARY = EnumSet.of(CLIENT_CHANGE, CANCELLATION);

    /**
     * from -> (to -> causes that allow it). Built once, never modified.
     *
     * <p>Source: the productOrder / productOrderItem state diagrams of the TMF622 Product Ordering
     * API REST Specification v4 ("Lifecycle" / "Notion of state" section), plus the project's rules:
     * cancelProductOrder may cancel an acknowledged or pending order directly, and partial is only
     * ever derived from the item states, never set by a client.
     */
    private static final Map<OrderState, Map<OrderState, Set<TransitionCause>>> TABLE = buildTable();

    private static Map<OrderState, Map<OrderState, Set<TransitionCause>>> buildTable() {
        Map<OrderState, Map<OrderState, Set<TransitionCause>>> table = new EnumMap<>(OrderState.class);
        for (OrderState from : OrderState.values()) {
            table.put(from, new EnumMap<>(OrderState.class));
        }
        // --- ordinary moves of the TMF622 diagram (client PATCH, and usable by the cancellation process)
        allow(table, ORDINARY, ACKNOWLEDGED, IN_PROGRESS, REJECTED, PENDING);
        allow(table, ORDINARY, PENDING, ACKNOWLEDGED, REJECTED);
        allow(table, ORDINARY, IN_PROGRESS, HELD, COMPLETED, FAILED, ASSESSING_CANCELLATION);
        // (inProgress -> partial is in the diagram, but only as DERIVED_FROM_ITEMS, added below)
        allow(table, ORDINARY, HELD, IN_PROGRESS, CANCELLED);
        allow(table, ORDINARY, ASSESSING_CANCELLATION, PENDING_CANCELLATION, IN_PROGRESS, HELD, PENDING);
        allow(table, ORDINARY, PENDING_CANCELLATION, CANCELLED);
        // --- a v5 draft leaves only by being issued (a client PATCH of state to acknowledged) or deleted
        allow(table, EnumSet.of(CLIENT_CHANGE), DRAFT, ACKNOWLEDGED);
        // --- only through cancelProductOrder
        allow(table, EnumSet.of(CANCELLATION), ACKNOWLEDGED, CANCELLED);
        allow(table, EnumSet.of(CANCELLATION), PENDING, CANCELLED);
        // --- server-computed moves, from any open (non-final) state
        for (OrderState from : OrderState.values()) {
            if (!from.isFinal() && from != DRAFT) {
                // the order follows its items once they are all final (OrderItemStates.derivedOrderState)
                allow(table, EnumSet.of(DERIVED_FROM_ITEMS), from, COMPLETED, PARTIAL, FAILED, CANCELLED);
                // an open item follows its order into completed/failed/cancelled/rejected (OrderItemStates.cascadeToItem)
                allow(table, EnumSet.of(CASCADE_FROM_ORDER), from, COMPLETED, FAILED, CANCELLED, REJECTED);
            }
        }
        // final states (completed, partial, failed, rejected, cancelled) have no row entries: nothing leaves them
        Map<OrderState, Map<OrderState, Set<TransitionCause>>> frozen = new EnumMap<>(OrderState.class);
        table.forEach((from, row) -> {
            Map<OrderState, Set<TransitionCause>> frozenRow = new EnumMap<>(OrderState.class);
            row.forEach((to, causes) -> frozenRow.put(to, Collections.unmodifiableSet(causes)));
            frozen.put(from, Collections.unmodifiableMap(frozenRow));
        });
        return Collections.unmodifiableMap(frozen);
    }

    private static void allow(Map<OrderState, Map<OrderState, Set<TransitionCause>>> table,
                              Set<TransitionCause> causes, OrderState from, OrderState... targets) {
        for (OrderState to : targets) {
            table.get(from).computeIfAbsent(to, t -> EnumSet.noneOf(TransitionCause.class)).addAll(causes);
        }
    }

    private static final StateMachine ORDER = new StateMachine("productOrder",
            EnumSet.allOf(OrderState.class), EnumSet.of(CLIENT_CHANGE, CANCELLATION, DERIVED_FROM_ITEMS));
    private static final StateMachine ITEM = new StateMachine("productOrderItem",
            OrderState.itemStates(), EnumSet.of(CLIENT_CHANGE, CANCELLATION, CASCADE_FROM_ORDER));

    private final String subject;
    private final Set<OrderState> states;
    private final Set<TransitionCause> causes;

    private StateMachine(String subject, Set<OrderState> states, Set<TransitionCause> causes) {
        this.subject = subject;
        this.states = Collections.unmodifiableSet(EnumSet.copyOf(states));
        this.causes = Collections.unmodifiableSet(causes);
    }

    /** The lifecycle of a productOrder (all states; causes CLIENT_CHANGE, CANCELLATION, DERIVED_FROM_ITEMS). */
    public static StateMachine order() {
        return ORDER;
    }

    /** The lifecycle of a productOrderItem (no partial; causes CLIENT_CHANGE, CANCELLATION, CASCADE_FROM_ORDER). */
    public static StateMachine item() {
        return ITEM;
    }

    /** {@code "productOrder"} or {@code "productOrderItem"}. */
    public String subject() {
        return subject;
    }

    /** The states this machine knows. */
    public Set<OrderState> states() {
        return states;
    }

    /** Same state to same state: not a transition, nothing to check or record. */
    public boolean isNoOp(OrderState from, OrderState to) {
        return Objects.requireNonNull(from, "from") == Objects.requireNonNull(to, "to");
    }

    /** Whether {@code from -> to} is allowed for {@code cause}; true for a no-op on a known state. */
    public boolean allowed(OrderState from, OrderState to, TransitionCause cause) {
        Objects.requireNonNull(cause, "cause");
        if (!states.contains(Objects.requireNonNull(from, "from")) || !states.contains(Objects.requireNonNull(to, "to"))) {
            return false;
        }
        if (from == to) {
            return true;
        }
        return causes.contains(cause) && TABLE.get(from).getOrDefault(to, Set.of()).contains(cause);
    }

    /** The states reachable from {@code from} in one move for {@code cause} (never contains {@code from}). */
    public Set<OrderState> targets(OrderState from, TransitionCause cause) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(cause, "cause");
        EnumSet<OrderState> result = EnumSet.noneOf(OrderState.class);
        for (OrderState to : states) {
            if (to != from && allowed(from, to, cause)) {
                result.add(to);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** Throws {@link InvalidStateTransitionException} (subject {@link #subject()}) unless allowed. */
    public void check(OrderState from, OrderState to, TransitionCause cause) {
        check(null, from, to, cause);
    }

    /**
     * Like {@link #check(OrderState, OrderState, TransitionCause)}, with the entity id in the subject,
     * e.g. {@code "productOrderItem 2"}; a null or empty id gives the bare subject.
     */
    public void check(String id, OrderState from, OrderState to, TransitionCause cause) {
        if (!allowed(from, to, cause)) {
            String fullSubject = id == null || id.isEmpty() ? subject : subject + " " + id;
            throw new InvalidStateTransitionException(fullSubject, from, to, reason(from, to, cause));
        }
    }

    private String reason(OrderState from, OrderState to, TransitionCause cause) {
        if (!states.contains(from) || !states.contains(to)) {
            return (states.contains(from) ? to : from).wireValue() + " is not a state of a " + subject;
        }
        if (from.isFinal()) {
            return from.wireValue() + " is a final state";
        }
        if (!causes.contains(cause)) {
            return cause + " does not apply to a " + subject;
        }
        if (this == ORDER && to == PARTIAL) {
            return "partial is only reached from the states of the order items";
        }
        Set<TransitionCause> allowedCauses = TABLE.get(from).getOrDefault(to, Set.of());
        if (allowedCauses.contains(CANCELLATION)) {
            return "only a cancelProductOrder request can do that";
        }
        Set<OrderState> targets = targets(from, cause);
        return targets.isEmpty() ? null : "allowed next states are " + wireValues(targets);
    }

    private static String wireValues(Set<OrderState> states) {
        StringBuilder sb = new StringBuilder();
        for (OrderState s : states) {
            sb.append(sb.length() == 0 ? "" : ", ").append(s.wireValue());
        }
        return sb.toString();
    }
}
