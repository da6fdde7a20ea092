package org.opentmf.ordering.api.v5;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.events.CallbackListener.await;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.BASE_V5;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.events.CallbackListener;
import org.opentmf.ordering.testing.OrderingTest;

import io.restassured.response.ValidatableResponse;

/**
 * v5 {@code requestedInitialState=draft}: stored, listed and readable as a draft, not issued (no classification, no
 * special handling), freely editable, issued by a PATCH of state to acknowledged; deleted, never cancelled.
 */
@OrderingTest
class V5DraftTest {

    /** One bespoke item (no offering, no feasibility assessment): issuing it flags it for special handling. */
    private static final String BESPOKE_DRAFT = """
            {"@type":"ProductOrder","requestedInitialState":"draft","productOrderItem":[
              {"@type":"ProductOrderItem","id":"1","action":"add","state":"inProgress",
               "product":{"@type":"Product","name":"custom rack"}}]}""";

    private static ValidatableResponse patch(String id, String body) {
        return json().contentType("application/merge-patch+json").body(body)
                .patch(BASE_V5 + "/productOrder/" + id).then().log().ifValidationFails();
    }

    @Test
    void storesADraftWithoutIssuingIt() {
        String id = V5.createOrder(BESPOKE_DRAFT);
        V5.read(id).body("state", equalTo("draft"))
                .body("requestedInitialState", equalTo("draft"))
                .body("productOrderItem[0].state", nullValue())
                .body("productOrderItem[0].product.productCharacteristic", nullValue())
                .body("note", nullValue());
        json().get(BASE + "/productOrder/" + id).then().statusCode(200).body("state", equalTo("draft"));
        json().get(BASE_V5 + "/productOrder?state=draft&fields=state").then().statusCode(200).body("id", hasItem(id));
        json().get(BASE_V5 + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200)
                .body("items", nullValue()).body("issuedAt", nullValue()) // nothing assessed yet
                .body("request.requestedInitialState", equalTo("draft"));
    }

    @Test
    void editsADraftFreelyItemsIncluded() {
        String id = V5.createOrder(BESPOKE_DRAFT);
        patch(id, """
                {"description":"two racks","productOrderItem":[
                  {"@type":"ProductOrderItem","id":"a","action":"add","productOffering":{"id":"PO-1"}},
                  {"@type":"ProductOrderItem","id":"b","action":"add","product":{"@type":"Product","name":"custom rack"}}]}""")
                .statusCode(200).body("state", equalTo("draft")).body("description", equalTo("two racks"))
                .body("productOrderItem.id", equalTo(List.of("a", "b")))
                .body("productOrderItem[0].state", nullValue());
    }

    @Test
    void issuesADraftWhenItIsAcknowledged() {
        String id = V5.createOrder(BESPOKE_DRAFT);
        patch(id, """
                {"productOrderItem":[
                  {"@type":"ProductOrderItem","id":"1","action":"add","product":{"@type":"Product","name":"custom rack"}},
                  {"@type":"ProductOrderItem","id":"2","action":"add","productOffering":{"id":"PO-2"}}]}""")
                .statusCode(200);
        patch(id, "{\"state\":\"acknowledged\"}").statusCode(200)
                .body("state", equalTo("acknowledged"))
                .body("productOrderItem.state", equalTo(List.of("acknowledged", "acknowledged")))
                .body("productOrderItem[0].product.productCharacteristic.find { it.name == 'specialHandling' }.value",
                        equalTo(true))
                .body("productOrderItem[1].product", nullValue())
                .body("note[0].@type", equalTo("SpecialHandlingNote"));
        json().get(BASE_V5 + "/productOrder?productOrderItem.product.productCharacteristic.name=specialHandling"
                + "&fields=state").then().statusCode(200).body("id", hasItem(id));
        json().get(BASE_V5 + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.itemId == '1' }.classification", equalTo("bespoke"))
                .body("items.find { it.itemId == '1' }.specialHandling", equalTo(true))
                .body("items.find { it.itemId == '2' }.classification", equalTo("offTheShelf"))
                .body("issuedAt", notNullValue())
                .body("request.productOrderItem", hasSize(1)); // the POST body, verbatim
    }

    @Test
    void announcesTheDraftWhenCreatedAndTheStateChangeWhenIssued() {
        try (CallbackListener listener = CallbackListener.start()) {
            String hub = json().body("{\"@type\":\"Hub\",\"callback\":\"" + listener.url() + "\"}")
                    .post(BASE_V5 + "/hub").then().statusCode(201).extract().path("id");
            try {
                String id = V5.createOrder(BESPOKE_DRAFT);
                await("the create event", () -> listener.about(id).size() == 1);
                assertEquals("ProductOrderCreateEvent", listener.about(id).get(0).path("eventType").asText());
                assertEquals("draft", listener.about(id).get(0).path("event").path("productOrder").path("state").asText());
                patch(id, "{\"state\":\"acknowledged\"}").statusCode(200);
                await("the state change", () -> listener.about(id).stream()
                        .anyMatch(e -> e.path("eventType").asText().equals("ProductOrderStateChangeEvent")));
            } finally {
                json().delete(BASE_V5 + "/hub/" + hub).then().statusCode(204);
            }
        }
    }

    @Test
    void aDraftLeavesOnlyByBeingIssuedOrDeleted() {
        String id = V5.createOrder(BESPOKE_DRAFT);
        patch(id, "{\"state\":\"inProgress\"}").statusCode(409).body("@type", equalTo("Error"));
        json().body("{\"@type\":\"CancelProductOrder\",\"productOrder\":{\"@type\":\"ProductOrderRef\",\"id\":\"" + id
                + "\"},\"cancellationReason\":\"changed my mind\"}").post(BASE_V5 + "/cancelProductOrder").then()
                .statusCode(409).body("message", containsString("draft"));
        V5.read(id).body("state", equalTo("draft"));
        json().delete(BASE_V5 + "/productOrder/" + id).then().statusCode(204);
        json().get(BASE_V5 + "/productOrder/" + id).then().statusCode(404);
    }

    @Test
    void anOrderWithoutDraftIsIssuedAtOnce() {
        String id = V5.createOrder(BESPOKE_DRAFT.replace("\"draft\"", "\"acknowledged\""));
        V5.read(id).body("state", equalTo("acknowledged"))
                .body("productOrderItem[0].state", equalTo("acknowledged"));
        json().get(BASE_V5 + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200)
                .body("items", not(empty())).body("issuedAt", notNullValue());
        V5.create(BESPOKE_DRAFT.replace("\"draft\"", "\"completed\"")).statusCode(400)
                .body("message", containsString("requestedInitialState"));
    }
}
