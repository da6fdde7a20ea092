package org.opentmf.ordering.order;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.opentmf.ordering.order.Orders.TWO_ITEMS;
import static org.opentmf.ordering.order.Orders.drive;
import static org.opentmf.ordering.order.Orders.get;
import static org.opentmf.ordering.order.Orders.setItemState;
import static org.opentmf.ordering.order.Orders.setState;
import static org.opentmf.ordering.testing.Api.createOrder;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentmf.ordering.testing.OrderingTest;

/** The TMF622 productOrder lifecycle as a client sees it through PATCH. */
@OrderingTest
class OrderStateTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "acknowledged, inProgress", "acknowledged, rejected", "acknowledged, pending",
            "pending, acknowledged", "pending, rejected",
            "inProgress, held", "inProgress, completed", "inProgress, failed", "inProgress, assessingCancellation",
            "held, inProgress", "held, cancelled",
            "assessingCancellation, pendingCancellation", "assessingCancellation, inProgress",
            "assessingCancellation, held", "assessingCancellation, pending",
            "pendingCancellation, cancelled" })
    void allowsTheTransitionsOfTheLifecycle(String from, String to) {
        String id = createOrder(TWO_ITEMS);
        drive(id, from);
        setState(id, to).statusCode(200).body("state", equalTo(to));
        get(id).body("state", equalTo(to));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "completed, acknowledged", "completed, inProgress", "failed, completed", "rejected, acknowledged",
            "cancelled, inProgress",
            "acknowledged, completed", "acknowledged, held", "acknowledged, partial", "acknowledged, assessingCancellation",
            "acknowledged, cancelled", "pending, cancelled", "pending, inProgress",
            "inProgress, acknowledged", "inProgress, partial", "inProgress, cancelled", "inProgress, pending",
            "held, completed", "held, acknowledged",
            "assessingCancellation, cancelled", "pendingCancellation, inProgress" })
    void refusesOtherTransitionsNamingBothStates(String from, String to) {
        String id = createOrder(TWO_ITEMS);
        drive(id, from);
        setState(id, to).statusCode(409)
                .body("@type", equalTo("Error"))
                .body("code", equalTo("409"))
                .body("message", containsString("from " + from + " to " + to));
        get(id).body("state", equalTo(from));
    }

    @ParameterizedTest(name = "item {0} -> {1}")
    @CsvSource({
            "acknowledged, inProgress", "acknowledged, pending", "pending, acknowledged",
            "inProgress, held", "inProgress, completed", "inProgress, failed", "inProgress, assessingCancellation",
            "held, inProgress", "held, cancelled",
            "assessingCancellation, pendingCancellation", "assessingCancellation, inProgress",
            "assessingCancellation, held", "assessingCancellation, pending",
            "pendingCancellation, cancelled" })
    void allowsItemTransitionsThroughJsonPatch(String from, String to) {
        String id = createOrder(TWO_ITEMS);
        for (String step : Orders.path(from)) {
            setItemState(id, 0, step).statusCode(200);
        }
        setItemState(id, 0, to).statusCode(200)
                .body("productOrderItem[0].state", equalTo(to))
                .body("productOrderItem[1].state", equalTo("acknowledged"))
                .body("state", equalTo("acknowledged")); // item 1 is still open: the order keeps its state
    }

    @ParameterizedTest(name = "item {0} -> {1}")
    @CsvSource({
            "completed, inProgress", "acknowledged, completed", "acknowledged, cancelled", "inProgress, acknowledged",
            "held, completed", "cancelled, held" })
    void refusesOtherItemTransitions(String from, String to) {
        String id = createOrder(TWO_ITEMS);
        for (String step : Orders.path(from)) {
            setItemState(id, 0, step).statusCode(200);
        }
        setItemState(id, 0, to).statusCode(409)
                .body("message", allOf(containsString("productOrderItem 1"), containsString("from " + from + " to " + to)));
        get(id).body("productOrderItem[0].state", equalTo(from));
    }

    @Test
    void partialIsNoItemState() {
        String id = createOrder(TWO_ITEMS);
        setItemState(id, 0, "partial").statusCode(400)
                .body("message", equalTo("Invalid value for 'productOrderItem[0].state'"));
        get(id).body("productOrderItem[0].state", equalTo("acknowledged"));
    }

    @ParameterizedTest(name = "items {0} and {1} make the order {2}")
    @CsvSource({ "completed, completed, completed", "completed, failed, partial", "failed, failed, failed" })
    void theOrderFollowsItsItemsOnceAllAreFinal(String first, String second, String order) {
        String id = createOrder(TWO_ITEMS);
        setState(id, "inProgress").statusCode(200);
        Orders.jsonPatch(id, """
                [{"op":"replace","path":"/productOrderItem/0/state","value":"inProgress"},
                 {"op":"replace","path":"/productOrderItem/1/state","value":"inProgress"}]""").statusCode(200);
        setItemState(id, 0, first).statusCode(200).body("state", equalTo("inProgress")).body("completionDate", nullValue());
        setItemState(id, 1, second).statusCode(200)
                .body("state", equalTo(order))
                .body("completionDate", notNullValue());
    }

    @ParameterizedTest(name = "order {0}")
    @CsvSource({ "completed", "failed" })
    void openItemsFollowAnOrderThatCloses(String state) {
        String id = createOrder(TWO_ITEMS);
        setState(id, "inProgress").statusCode(200);
        setItemState(id, 0, "inProgress").statusCode(200);
        setItemState(id, 0, "completed").statusCode(200);
        setState(id, state).statusCode(200)
                .body("state", equalTo(state))
                .body("completionDate", notNullValue())
                .body("productOrderItem.state", equalTo(List.of("completed", state)));
    }

    @Test
    void rejectionIsAllOrNothing() {
        String rejected = createOrder(TWO_ITEMS);
        setState(rejected, "rejected").statusCode(200).body("productOrderItem.state", everyItem(equalTo("rejected")));

        String oneItem = createOrder(TWO_ITEMS);
        setItemState(oneItem, 0, "rejected").statusCode(409).body("message", containsString("rejected"));
        get(oneItem).body("productOrderItem[0].state", equalTo("acknowledged"));
    }

    @Test
    void aFinalOrderAcceptsNewNotesOnly() {
        String id = createOrder(TWO_ITEMS);
        drive(id, "completed");
        Orders.jsonPatch(id, "[{\"op\":\"add\",\"path\":\"/note\",\"value\":[{\"text\":\"delivered\"}]}]")
                .statusCode(200).body("note[0].text", equalTo("delivered"));
        Orders.jsonPatch(id, "[{\"op\":\"add\",\"path\":\"/note/-\",\"value\":{\"text\":\"invoiced\"}}]")
                .statusCode(200).body("note.text", equalTo(List.of("delivered", "invoiced")));
        Orders.merge(id, "{\"description\":\"late change\"}").statusCode(409).body("message", equalTo("productOrder is completed, a final state: it accepts no change except new notes"));
        Orders.jsonPatch(id, "[{\"op\":\"remove\",\"path\":\"/note/0\"}]").statusCode(409)
                .body("message", equalTo("productOrder is completed, a final state: it accepts no change except new notes"));
        get(id).body("description", nullValue()).body("note.text", equalTo(List.of("delivered", "invoiced")));
    }
}
