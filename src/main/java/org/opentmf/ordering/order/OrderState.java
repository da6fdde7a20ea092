package org.opentmf.ordering.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The states of a TMF622 productOrder and productOrderItem ({@code ProductOrderStateType} /
 * {@code ProductOrderItemStateType}). Items use the same set without {@link #PARTIAL} and {@link #DRAFT}: the v5
 * draft is an order not issued yet, whose items have no state until it is.
 *
 * <p>Jackson reads and writes the wire value ({@link #wireValue()}); {@link #toString()} stays the
 * enum constant name so JPA {@code @Enumerated(STRING)} and logs are not surprised.
 */
public enum OrderState {
    DRAFT("draft", false),
    ACKNOWLEDGED("acknowledged", false),
    REJECTED("rejected", true),
    PENDING("pending", false),
    HELD("held", false),
    IN_PROGRESS("inProgress", false),
    CANCELLED("cancelled", true),
    COMPLETED("completed", true),
    FAILED("failed", true),
    PARTIAL("partial", true),
    ASSESSING_CANCELLATION("assessingCancellation", false),
    PENDING_CANCELLATION("pendingCancellation", false);

    private static final Map<String, OrderState> BY_WIRE_VALUE = new HashMap<>();
    private static final Set<OrderState> ITEM_STATES =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(PARTIAL, DRAFT)));

    static {
        for (OrderState state : values()) {
            BY_WIRE_VALUE.put(state.wireValue, state);
        }
    }

    private final String wireValue;
    private final boolean finalState;

    OrderState(String wireValue, boolean finalState) {
        this.wireValue = wireValue;
        this.finalState = finalState;
    }

    /** The lowerCamel value used in TMF622 JSON, e.g. {@code "inProgress"}. */
    @JsonValue
    public String wireValue() {
        return wireValue;
    }

    /** True for completed, partial, failed, rejected and cancelled: nothing moves out of them. */
    public boolean isFinal() {
        return finalState;
    }

    /** True when a productOrderItem may be in this state (every state but {@link #PARTIAL} and {@link #DRAFT}). */
    public boolean isItemState() {
        return this != PARTIAL && this != DRAFT;
    }

    /** The states a productOrderItem may take: all but {@link #PARTIAL} and {@link #DRAFT}. */
    public static Set<OrderState> itemStates() {
        return ITEM_STATES;
    }

    /** Exact, case-sensitive look-up of a wire value; empty for null or an unknown value. */
    public static Optional<OrderState> fromWire(String wireValue) {
        return wireValue == null ? Optional.empty() : Optional.ofNullable(BY_WIRE_VALUE.get(wireValue));
    }

    /**
     * Jackson entry point: like {@link #fromWire(String)} but throws {@link IllegalArgumentException}
     * naming the accepted values when the value is unknown.
     */
    @JsonCreator
    public static OrderState ofWire(String wireValue) {
        return fromWire(wireValue).orElseThrow(() -> new IllegalArgumentException(
                "unknown state '" + wireValue + "', expected one of " + BY_WIRE_VALUE.keySet()));
    }
}
