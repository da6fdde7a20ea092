package org.opentmf.ordering.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.events.CallbackListener.await;
import static org.opentmf.ordering.testing.Api.BASE;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * End to end: changes made over the API (PATCH, state changes, cancelProductOrder) reach a subscriber as the
 * TMF622 events they are, in the order they happened, carrying the resource as it was right after each change.
 * Reads, refused changes and changes that change nothing announce nothing.
 */
@OrderingTest
class OrderLifecycleNotificationTest {

    private static final String MERGE = "application/merge-patch+json";
    private static final String JSON_PATCH = "application/json-patch+json";

    CallbackListener listener;

    @BeforeEach
    void subscribe() {
        listener = CallbackListener.start();
        Hub.subscribe(listener.url(), null);
    }

    @AfterEach
    void unsubscribe() {
        Hub.unregisterAll();
        listener.close();
    }

    @Test
    void announcesAPatchAsAttributeValueChangeNamingTheChangedFields() {
        String id = Api.createOrder(Api.standardOrder("1", "OFF-1"));
        patch(id, MERGE, """
                {"description":"rush order","priority":"1"}""", 200);

        await("create and change events", () -> listener.about(id).size() == 2);
        JsonNode change = listener.about(id).get(1);
        assertEquals(TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE, change.path("eventType").asText());
        assertEquals(List.of("description", "priority"), List.of(change.path("fieldPath").asText().split(",")));
        JsonNode order = change.path("event").path("productOrder");
        assertEquals("rush order", order.path("description").asText());
        assertEquals("1", order.path("priority").asText());
    }

    @Test
    void announcesStateChangesMadeByPatchAndDerivedFromItems() {
        String id = Api.createOrder(Api.standardOrder("1", "OFF-1"));
        patch(id, JSON_PATCH, """
                [{"op":"replace","path":"/state","value":"inProgress"},
                 {"op":"replace","path":"/productOrderItem/0/state","value":"inProgress"}]""", 200);
        // completing the only item completes the order: a state change nobody asked for directly
        patch(id, JSON_PATCH, """
                [{"op":"replace","path":"/productOrderItem/0/state","value":"completed"}]""", 200);

        await("the completed state change", () -> stateChanges(id).contains("completed"));
        assertEquals(List.of("inProgress", "completed"), stateChanges(id));
        assertEquals(List.of(TmfEvent.PRODUCT_ORDER_CREATE,
                TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE, TmfEvent.PRODUCT_ORDER_STATE_CHANGE,
                TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE, TmfEvent.PRODUCT_ORDER_STATE_CHANGE),
                types(id));
        JsonNode completed = listener.about(id).get(4).path("event").path("productOrder");
        assertEquals("completed", completed.path("productOrderItem").path(0).path("state").asText());
        assertTrue(completed.hasNonNull("completionDate"), "the event carries the order as it is after the change");
    }

    @Test
    void announcesThatAnOrderEnteringPendingNeedsInformation() {
        String id = Api.createOrder(Api.standardOrder("1", "OFF-1"));
        patch(id, MERGE, """
                {"state":"pending"}""", 200);

        await("the information-required event", () -> types(id).contains(TmfEvent.PRODUCT_ORDER_INFORMATION_REQUIRED));
        JsonNode required = listener.about(id).stream()
                .filter(e -> e.path("eventType").asText().equals(TmfEvent.PRODUCT_ORDER_INFORMATION_REQUIRED))
                .findFirst().orElseThrow();
        assertEquals("pending", required.path("event").path("productOrder").path("state").asText());
        assertEquals(List.of("pending"), stateChanges(id));
    }

    @Test
    void announcesEveryStepOfACancellation() {
        String id = Api.createOrder(Api.standardOrder("1", "OFF-1"));
        patch(id, MERGE, """
                {"state":"inProgress"}""", 200);
        String task = given().contentType("application/json").body("""
                {"productOrder":{"id":"%s","@referredType":"ProductOrder"},"cancellationReason":"changed mind"}"""
                .formatted(id))
                .post(BASE + "/cancelProductOrder").then().statusCode(201).extract().path("id");

        await("the order's cancelled state change", () -> stateChanges(id).contains("cancelled"));
        assertEquals(List.of("inProgress", "assessingCancellation", "pendingCancellation", "cancelled"), stateChanges(id));
        JsonNode cancelled = listener.about(id).get(listener.about(id).size() - 1).path("event").path("productOrder");
        assertEquals("changed mind", cancelled.path("cancellationReason").asText());

        await("the task's events", () -> listener.about(task).stream()
                .anyMatch(e -> e.path("event").path("cancelProductOrder").path("state").asText().equals("done")));
        List<JsonNode> taskEvents = listener.about(task);
        assertEquals(TmfEvent.CANCEL_PRODUCT_ORDER_CREATE, taskEvents.get(0).path("eventType").asText());
        assertEquals(id, taskEvents.get(0).path("event").path("cancelProductOrder").path("productOrder").path("id").asText());
        assertTrue(taskEvents.stream().skip(1)
                .allMatch(e -> e.path("eventType").asText().equals(TmfEvent.CANCEL_PRODUCT_ORDER_STATE_CHANGE)));
    }

    @Test
    void announcesNothingForAReadARefusedOrAnEmptyChange() {
        String id = Api.createOrder(Api.standardOrder("1", "OFF-1"));
        Api.json().get(BASE + "/productOrder/" + id).then().statusCode(200);
        Api.json().get(BASE + "/productOrder?id=" + id).then().statusCode(200);
        Api.json().get(BASE + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200);
        patch(id, MERGE, """
                {"state":"completed"}""", 409); // acknowledged -> completed is not a transition
        patch(id, MERGE, """
                {"productOrderItem":[]}""", 400);
        String same = Api.json().get(BASE + "/productOrder/" + id).then().extract().path("state");
        patch(id, MERGE, """
                {"state":"%s"}""".formatted(same), 200); // changes nothing
        patch(id, MERGE, """
                {"description":"the one real change"}""", 200);

        // events of one order arrive in order: once the last change is in, anything earlier would be too
        await("the real change", () -> types(id).contains(TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE));
        assertEquals(List.of(TmfEvent.PRODUCT_ORDER_CREATE, TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE), types(id));
        assertEquals("description", listener.about(id).get(1).path("fieldPath").asText());
    }

    private static void patch(String id, String contentType, String body, int status) {
        given().contentType(contentType).body(body)
                .patch(BASE + "/productOrder/" + id).then().statusCode(status);
    }

    private List<String> types(String id) {
        return listener.about(id).stream().map(e -> e.path("eventType").asText()).toList();
    }

    private List<String> stateChanges(String id) {
        return listener.about(id).stream()
                .filter(e -> e.path("eventType").asText().equals(TmfEvent.PRODUCT_ORDER_STATE_CHANGE))
                .map(e -> e.path("event").path("productOrder").path("state").asText())
                .toList();
    }
}
