package org.opentmf.ordering.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderStateTest {

    @ParameterizedTest(name = "{0} <-> {1}, final={2}")
    @CsvSource({
        "DRAFT,                  draft,                 false",
        "ACKNOWLEDGED,           acknowledged,          false",
        "REJECTED,               rejected,              true",
        "PENDING,                pending,               false",
        "HELD,                   held,                  false",
        "IN_PROGRESS,            inProgress,            false",
        "CANCELLED,              cancelled,             true",
        "COMPLETED,              completed,             true",
        "FAILED,                 failed,                true",
        "PARTIAL,                partial,               true",
        "ASSESSING_CANCELLATION, assessingCancellation, false",
        "PENDING_CANCELLATION,   pendingCancellation,   false",
    })
    void wireValuesAndFinality(OrderState state, String wire, boolean isFinal) {
        assertEquals(wire, state.wireValue());
        assertEquals(Optional.of(state), OrderState.fromWire(wire));
        assertEquals(isFinal, state.isFinal());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"InProgress", "inprogress", "IN_PROGRESS", "in_progress", " acknowledged", "done"})
    void fromWireIsExactAndCaseSensitive(String wire) {
        assertEquals(Optional.empty(), OrderState.fromWire(wire));
    }

    @ParameterizedTest
    @EnumSource(OrderState.class)
    void itemStatesAreAllButPartialAndDraft(OrderState state) {
        boolean itemState = state != OrderState.PARTIAL && state != OrderState.DRAFT;
        assertEquals(itemState, state.isItemState());
        assertEquals(itemState, OrderState.itemStates().contains(state));
    }

    @Test
    void jacksonUsesWireValues() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertEquals("\"assessingCancellation\"", mapper.writeValueAsString(OrderState.ASSESSING_CANCELLATION));
        assertEquals(OrderState.IN_PROGRESS, mapper.readValue("\"inProgress\"", OrderState.class));
        ValueInstantiationException e = assertThrows(ValueInstantiationException.class,
                () -> mapper.readValue("\"IN_PROGRESS\"", OrderState.class));
        assertTrue(e.getMessage().contains("unknown state 'IN_PROGRESS'"), e.getMessage());
        // toString() stays the constant name (JPA @Enumerated(STRING), logs); only Jackson uses the wire value
        assertEquals("COMPLETED", OrderState.COMPLETED.toString());
        assertEquals("ASSESSING_CANCELLATION", OrderState.ASSESSING_CANCELLATION.toString());
    }
}
