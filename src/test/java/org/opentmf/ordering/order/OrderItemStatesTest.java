package org.opentmf.ordering.order;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentmf.ordering.order.OrderItemStates.InconsistentStatesException;
import org.opentmf.ordering.order.StateMachine.TransitionCause;

class OrderItemStatesTest {

    private static OrderState s(String wire) {
        return OrderState.ofWire(wire);
    }

    private static List<OrderState> states(String wires) {
        List<OrderState> result = new ArrayList<>();
        if (wires != null) {
            for (String wire : wires.trim().split("\\s+")) {
                result.add(s(wire));
            }
        }
        return result;
    }

    @ParameterizedTest(name = "order {0}, items [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            inProgress            | completed                          | completed
            inProgress            | completed completed completed      | completed
            inProgress            | failed failed                      | failed
            inProgress            | completed failed                   | partial
            inProgress            | failed completed completed         | partial
            inProgress            | completed cancelled                | completed
            inProgress            | failed cancelled cancelled         | failed
            inProgress            | completed failed cancelled         | partial
            inProgress            | cancelled                          | cancelled
            inProgress            | cancelled cancelled                | cancelled
            inProgress            | completed inProgress               | -
            inProgress            | completed failed held              | -
            inProgress            | cancelled assessingCancellation    | -
            inProgress            | acknowledged acknowledged          | -
            inProgress            | inProgress                         | -
            inProgress            | -                                  | -
            inProgress            | completed rejected                 | -
            inProgress            | rejected rejected                  | -
            acknowledged          | completed completed                | completed
            held                  | completed failed                   | partial
            pending               | cancelled                          | cancelled
            assessingCancellation | failed                             | failed
            pendingCancellation   | cancelled completed                | completed
            completed             | failed                             | -
            failed                | completed                          | -
            partial               | completed                          | -
            cancelled             | completed                          | -
            rejected              | completed                          | -
            """)
    void derivedOrderState(String order, String items, String expected) {
        Optional<OrderState> derived = OrderItemStates.derivedOrderState(s(order), states(items));
        assertEquals(Optional.ofNullable(expected).map(OrderState::ofWire), derived);
        // whatever is derived is a final state the order machine accepts as DERIVED_FROM_ITEMS
        derived.ifPresent(to -> {
            assertTrue(to.isFinal());
            assertDoesNotThrow(() -> StateMachine.order().check(s(order), to, TransitionCause.DERIVED_FROM_ITEMS));
        });
    }

    @ParameterizedTest(name = "order -> {0}: item {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            completed  | inProgress            | completed
            completed  | acknowledged          | completed
            completed  | held                  | completed
            completed  | failed                | failed
            completed  | cancelled             | cancelled
            failed     | inProgress            | failed
            failed     | pendingCancellation   | failed
            failed     | completed             | completed
            cancelled  | acknowledged          | cancelled
            cancelled  | pending               | cancelled
            cancelled  | held                  | cancelled
            cancelled  | assessingCancellation | cancelled
            cancelled  | pendingCancellation   | cancelled
            cancelled  | completed             | completed
            cancelled  | failed                | failed
            rejected   | acknowledged          | rejected
            rejected   | pending               | rejected
            rejected   | completed             | completed
            partial    | inProgress            | inProgress
            partial    | completed             | completed
            inProgress | acknowledged          | acknowledged
            held       | inProgress            | inProgress
            pending    | acknowledged          | acknowledged
            acknowledged | pending             | pending
            assessingCancellation | inProgress | inProgress
            pendingCancellation | held         | held
            """)
    void cascadeToItem(String order, String item, String expected) {
        OrderState result = OrderItemStates.cascadeToItem(s(order), s(item));
        assertEquals(s(expected), result);
        if (result != s(item)) { // every cascaded move is one the item machine accepts as CASCADE_FROM_ORDER
            assertDoesNotThrow(() -> StateMachine.item().check(s(item), result, TransitionCause.CASCADE_FROM_ORDER));
        }
    }

    @ParameterizedTest
    @EnumSource(OrderState.class)
    void finalItemsNeverMove(OrderState order) {
        for (OrderState item : OrderState.itemStates()) {
            if (item.isFinal()) {
                assertEquals(item, OrderItemStates.cascadeToItem(order, item));
            }
        }
    }

    @ParameterizedTest(name = "order {0}, items [{1}] consistent")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            acknowledged | acknowledged acknowledged
            acknowledged | acknowledged inProgress
            inProgress   | completed failed cancelled
            rejected     | rejected
            rejected     | rejected rejected
            rejected     | -
            acknowledged | -
            """)
    void acceptanceConsistent(String order, String items) {
        assertDoesNotThrow(() -> OrderItemStates.checkAcceptanceConsistency(s(order), states(items)));
    }

    @ParameterizedTest(name = "order {0}, items [{1}] inconsistent")
    @CsvSource(delimiter = '|', textBlock = """
            acknowledged | rejected                  | a productOrderItem is rejected but productOrder is acknowledged
            acknowledged | acknowledged rejected     | a productOrderItem is rejected but productOrder is acknowledged
            inProgress   | inProgress rejected       | a productOrderItem is rejected but productOrder is inProgress
            pending      | rejected rejected         | a productOrderItem is rejected but productOrder is pending
            rejected     | acknowledged              | productOrder is rejected but a productOrderItem is acknowledged
            rejected     | rejected inProgress       | productOrder is rejected but a productOrderItem is inProgress
            rejected     | rejected completed        | productOrder is rejected but a productOrderItem is completed
            """)
    void acceptanceInconsistent(String order, String items, String messageStart) {
        InconsistentStatesException e = assertThrows(InconsistentStatesException.class,
                () -> OrderItemStates.checkAcceptanceConsistency(s(order), states(items)));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
        assertEquals(s(order), e.getOrderState());
        assertEquals(states(items), e.getItemStates());
    }

    @ParameterizedTest(name = "rejecting an order with items [{0}]")
    @CsvSource({"acknowledged pending", "acknowledged", "pending pending pending"})
    void rejectionCascadeGivesConsistentStates(String items) {
        List<OrderState> after = new ArrayList<>();
        for (OrderState item : states(items)) {
            after.add(OrderItemStates.cascadeToItem(OrderState.REJECTED, item));
        }
        assertDoesNotThrow(() -> OrderItemStates.checkAcceptanceConsistency(OrderState.REJECTED, after));
    }
}
