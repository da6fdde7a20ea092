package org.opentmf.ordering.order;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentmf.ordering.order.StateMachine.TransitionCause;

class StateMachineTest {

    private static OrderState s(String wire) {
        return OrderState.ofWire(wire);
    }

    private static StateMachine machine(String name) {
        return switch (name) {
            case "order" -> StateMachine.order();
            case "item" -> StateMachine.item();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Every allowed move, written out independently of the production table:
     * machine, cause, from, to. Server-computed moves (DERIVED_FROM_ITEMS, CASCADE_FROM_ORDER)
     * are added by {@link #expectedAllowed()} for each open state.
     */
    private static final String EXPECTED_EXPLICIT = """
            order CLIENT_CHANGE acknowledged inProgress
            order CLIENT_CHANGE acknowledged rejected
            order CLIENT_CHANGE acknowledged pending
            order CLIENT_CHANGE pending acknowledged
            order CLIENT_CHANGE pending rejected
            order CLIENT_CHANGE inProgress held
            order CLIENT_CHANGE inProgress completed
            order CLIENT_CHANGE inProgress failed
            order CLIENT_CHANGE inProgress assessingCancellation
            order CLIENT_CHANGE held inProgress
            order CLIENT_CHANGE held cancelled
            order CLIENT_CHANGE assessingCancellation pendingCancellation
            order CLIENT_CHANGE assessingCancellation inProgress
            order CLIENT_CHANGE assessingCancellation held
            order CLIENT_CHANGE assessingCancellation pending
            order CLIENT_CHANGE pendingCancellation cancelled
            item CLIENT_CHANGE acknowledged inProgress
            item CLIENT_CHANGE acknowledged rejected
            item CLIENT_CHANGE acknowledged pending
            item CLIENT_CHANGE pending acknowledged
            item CLIENT_CHANGE pending rejected
            item CLIENT_CHANGE inProgress held
            item CLIENT_CHANGE inProgress completed
            item CLIENT_CHANGE inProgress failed
            item CLIENT_CHANGE inProgress assessingCancellation
            item CLIENT_CHANGE held inProgress
            item CLIENT_CHANGE held cancelled
            item CLIENT_CHANGE assessingCancellation pendingCancellation
            item CLIENT_CHANGE assessingCancellation inProgress
            item CLIENT_CHANGE assessingCancellation held
            item CLIENT_CHANGE assessingCancellation pending
            item CLIENT_CHANGE pendingCancellation cancelled
            order CANCELLATION acknowledged cancelled
            order CANCELLATION pending cancelled
            item CANCELLATION acknowledged cancelled
            item CANCELLATION pending cancelled
            """;

    static List<Arguments> expectedAllowed() {
        List<Arguments> rows = new ArrayList<>();
        for (String line : EXPECTED_EXPLICIT.strip().split("\n")) {
            String[] f = line.trim().split("\\s+");
            rows.add(Arguments.of(f[0], TransitionCause.valueOf(f[1]), s(f[2]), s(f[3])));
            if (f[1].equals("CLIENT_CHANGE")) { // every ordinary move is also open to the cancellation process
                rows.add(Arguments.of(f[0], TransitionCause.CANCELLATION, s(f[2]), s(f[3])));
            }
        }
        // a draft is issued by a client's PATCH only: no cancellation process, no server-computed move out of it
        rows.add(Arguments.of("order", TransitionCause.CLIENT_CHANGE, s("draft"), s("acknowledged")));
        for (OrderState from : OrderState.values()) {
            if (from.isFinal() || from == OrderState.DRAFT) {
                continue;
            }
            for (String to : List.of("completed", "partial", "failed", "cancelled")) {
                rows.add(Arguments.of("order", TransitionCause.DERIVED_FROM_ITEMS, from, s(to)));
            }
            for (String to : List.of("completed", "failed", "cancelled", "rejected")) {
                rows.add(Arguments.of("item", TransitionCause.CASCADE_FROM_ORDER, from, s(to)));
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @MethodSource("expectedAllowed")
    void everyExpectedTransitionIsAllowed(String machine, TransitionCause cause, OrderState from, OrderState to) {
        assertTrue(machine(machine).allowed(from, to, cause));
        assertTrue(machine(machine).targets(from, cause).contains(to));
        assertDoesNotThrow(() -> machine(machine).check(from, to, cause));
    }

    /** The full matrix: machine x cause x from x to is allowed exactly when listed (or a no-op). */
    static Stream<Arguments> everyPair() {
        Set<List<Object>> expected = new HashSet<>();
        for (Arguments a : expectedAllowed()) {
            expected.add(List.of(a.get()));
        }
        List<Arguments> rows = new ArrayList<>();
        for (String machine : List.of("order", "item")) {
            for (TransitionCause cause : TransitionCause.values()) {
                for (OrderState from : OrderState.values()) {
                    for (OrderState to : OrderState.values()) {
                        boolean known = machine.equals("order") || from.isItemState() && to.isItemState();
                        boolean allowed = known && (from == to || expected.contains(List.of(machine, cause, from, to)));
                        rows.add(Arguments.of(machine, cause, from, to, allowed));
                    }
                }
            }
        }
        return rows.stream();
    }

    @Test
    void matrixIsComplete() {
        assertEquals(2 * 4 * 12 * 12, everyPair().count());
    }

    @ParameterizedTest(name = "{0} {1}: {2} -> {3} allowed={4}")
    @MethodSource("everyPair")
    void allowedExactlyAsListed(String machine, TransitionCause cause, OrderState from, OrderState to, boolean allowed) {
        assertEquals(allowed, machine(machine).allowed(from, to, cause));
        if (from != to) {
            assertEquals(allowed, machine(machine).targets(from, cause).contains(to));
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2} -> {3} refused")
    @CsvSource(delimiter = '|', textBlock = """
            order | CLIENT_CHANGE      | completed             | acknowledged | productOrder cannot move from completed to acknowledged: completed is a final state
            order | CLIENT_CHANGE      | acknowledged          | completed    | productOrder cannot move from acknowledged to completed: allowed next states are
            order | CLIENT_CHANGE      | inProgress            | partial      | productOrder cannot move from inProgress to partial: partial is only reached from the states of the order items
            order | CANCELLATION       | inProgress            | partial      | productOrder cannot move from inProgress to partial
            order | CLIENT_CHANGE      | acknowledged          | cancelled    | productOrder cannot move from acknowledged to cancelled: only a cancelProductOrder request can do that
            order | CLIENT_CHANGE      | pending               | cancelled    | productOrder cannot move from pending to cancelled: only a cancelProductOrder request can do that
            order | CLIENT_CHANGE      | inProgress            | cancelled    | productOrder cannot move from inProgress to cancelled
            order | CANCELLATION       | inProgress            | cancelled    | productOrder cannot move from inProgress to cancelled
            order | CLIENT_CHANGE      | pendingCancellation   | inProgress   | productOrder cannot move from pendingCancellation to inProgress
            order | CLIENT_CHANGE      | held                  | completed    | productOrder cannot move from held to completed
            order | CLIENT_CHANGE      | pending               | inProgress   | productOrder cannot move from pending to inProgress
            order | CLIENT_CHANGE      | rejected              | acknowledged | productOrder cannot move from rejected to acknowledged: rejected is a final state
            order | CLIENT_CHANGE      | cancelled             | inProgress   | productOrder cannot move from cancelled to inProgress: cancelled is a final state
            order | CLIENT_CHANGE      | partial               | completed    | productOrder cannot move from partial to completed: partial is a final state
            order | CLIENT_CHANGE      | failed                | inProgress   | productOrder cannot move from failed to inProgress: failed is a final state
            order | DERIVED_FROM_ITEMS | completed             | failed       | productOrder cannot move from completed to failed: completed is a final state
            order | DERIVED_FROM_ITEMS | inProgress            | held         | productOrder cannot move from inProgress to held
            order | CASCADE_FROM_ORDER | inProgress            | completed    | productOrder cannot move from inProgress to completed: CASCADE_FROM_ORDER does not apply to a productOrder
            item  | CLIENT_CHANGE      | inProgress            | partial      | productOrderItem cannot move from inProgress to partial: partial is not a state of a productOrderItem
            item  | DERIVED_FROM_ITEMS | inProgress            | partial      | productOrderItem cannot move from inProgress to partial: partial is not a state of a productOrderItem
            item  | CLIENT_CHANGE      | partial               | completed    | productOrderItem cannot move from partial to completed: partial is not a state of a productOrderItem
            item  | CLIENT_CHANGE      | completed             | acknowledged | productOrderItem cannot move from completed to acknowledged: completed is a final state
            item  | CLIENT_CHANGE      | acknowledged          | completed    | productOrderItem cannot move from acknowledged to completed
            item  | CLIENT_CHANGE      | acknowledged          | cancelled    | productOrderItem cannot move from acknowledged to cancelled: only a cancelProductOrder request can do that
            item  | CLIENT_CHANGE      | pending               | cancelled    | productOrderItem cannot move from pending to cancelled: only a cancelProductOrder request can do that
            item  | DERIVED_FROM_ITEMS | inProgress            | completed    | productOrderItem cannot move from inProgress to completed: DERIVED_FROM_ITEMS does not apply to a productOrderItem
            item  | CASCADE_FROM_ORDER | inProgress            | held         | productOrderItem cannot move from inProgress to held
            item  | CASCADE_FROM_ORDER | completed             | cancelled    | productOrderItem cannot move from completed to cancelled: completed is a final state
            item  | CLIENT_CHANGE      | assessingCancellation | cancelled    | productOrderItem cannot move from assessingCancellation to cancelled
            """)
    void refusedTransitions(String machine, TransitionCause cause, String from, String to, String messageStart) {
        StateMachine m = machine(machine);
        assertFalse(m.allowed(s(from), s(to), cause));
        assertFalse(m.targets(s(from), cause).contains(s(to)));
        InvalidStateTransitionException e = assertThrows(InvalidStateTransitionException.class,
                () -> m.check(s(from), s(to), cause));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
        assertEquals(m.subject(), e.getSubject());
        assertSame(s(from), e.getFrom());
        assertSame(s(to), e.getTo());
    }

    @Test
    void itemSubjectCarriesTheId() {
        InvalidStateTransitionException e = assertThrows(InvalidStateTransitionException.class,
                () -> StateMachine.item().check("42", OrderState.COMPLETED, OrderState.IN_PROGRESS,
                        TransitionCause.CLIENT_CHANGE));
        assertEquals("productOrderItem 42", e.getSubject());
        assertEquals("productOrderItem 42 cannot move from completed to inProgress: completed is a final state",
                e.getMessage());
        InvalidStateTransitionException bare = assertThrows(InvalidStateTransitionException.class,
                () -> StateMachine.order().check(null, OrderState.COMPLETED, OrderState.IN_PROGRESS,
                        TransitionCause.CLIENT_CHANGE));
        assertEquals("productOrder", bare.getSubject());
    }

    @ParameterizedTest
    @EnumSource(OrderState.class)
    void sameStateIsANoOp(OrderState state) {
        for (TransitionCause cause : TransitionCause.values()) {
            assertTrue(StateMachine.order().isNoOp(state, state));
            assertTrue(StateMachine.order().allowed(state, state, cause));
            assertDoesNotThrow(() -> StateMachine.order().check(state, state, cause));
            assertFalse(StateMachine.order().targets(state, cause).contains(state));
            // partial is not an item state, so partial -> partial is refused for an item
            assertEquals(state.isItemState(), StateMachine.item().allowed(state, state, cause));
        }
        assertFalse(StateMachine.order().isNoOp(state, state == OrderState.HELD ? OrderState.FAILED : OrderState.HELD));
    }

    @ParameterizedTest(name = "{0}: targets({1}, {2}) = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            order | inProgress            | CLIENT_CHANGE      | held completed failed assessingCancellation
            order | acknowledged          | CLIENT_CHANGE      | inProgress rejected pending
            order | acknowledged          | CANCELLATION       | inProgress rejected pending cancelled
            order | completed             | CLIENT_CHANGE      |
            order | partial               | DERIVED_FROM_ITEMS |
            order | held                  | DERIVED_FROM_ITEMS | completed partial failed cancelled
            order | held                  | CASCADE_FROM_ORDER |
            item  | inProgress            | CLIENT_CHANGE      | held completed failed assessingCancellation
            item  | assessingCancellation | CASCADE_FROM_ORDER | completed failed cancelled rejected
            item  | held                  | DERIVED_FROM_ITEMS |
            item  | partial               | CLIENT_CHANGE      |
            """)
    void targets(String machine, String from, TransitionCause cause, String expected) {
        Set<OrderState> want = EnumSet.noneOf(OrderState.class);
        if (expected != null) {
            for (String wire : expected.trim().split("\\s+")) {
                want.add(s(wire));
            }
        }
        assertEquals(want, machine(machine).targets(s(from), cause));
    }

    @Test
    void targetsAreUnmodifiable() {
        Set<OrderState> targets = StateMachine.order().targets(OrderState.ACKNOWLEDGED, TransitionCause.CLIENT_CHANGE);
        assertThrows(UnsupportedOperationException.class, () -> targets.add(OrderState.COMPLETED));
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class,
                () -> StateMachine.order().allowed(null, OrderState.HELD, TransitionCause.CLIENT_CHANGE));
        assertThrows(NullPointerException.class,
                () -> StateMachine.order().allowed(OrderState.HELD, null, TransitionCause.CLIENT_CHANGE));
        assertThrows(NullPointerException.class,
                () -> StateMachine.order().allowed(OrderState.HELD, OrderState.IN_PROGRESS, null));
    }
}
