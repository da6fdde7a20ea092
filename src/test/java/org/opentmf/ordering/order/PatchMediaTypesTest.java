package org.opentmf.ordering.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.opentmf.ordering.order.Orders.TWO_ITEMS;
import static org.opentmf.ordering.order.Orders.get;
import static org.opentmf.ordering.order.Orders.jsonPatch;
import static org.opentmf.ordering.order.Orders.merge;
import static org.opentmf.ordering.order.Orders.patch;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.createOrder;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

@OrderingTest
class PatchMediaTypesTest {

    @ParameterizedTest
    @ValueSource(strings = { "application/merge-patch+json", "application/json" })
    void mergePatchSetsAndRemovesAttributes(String mediaType) {
        String id = createOrder(TWO_ITEMS);
        patch(id, mediaType, "{\"description\":\"first\",\"priority\":\"1\"}").statusCode(200)
                .header("ETag", notNullValue())
                .body("description", equalTo("first"))
                .body("priority", equalTo("1"))
                .body("productOrderItem", hasSize(2));
        patch(id, mediaType, "{\"description\":null,\"note\":[{\"text\":\"hello\"}]}").statusCode(200)
                .body("description", nullValue())
                .body("priority", equalTo("1"))
                .body("note[0].text", equalTo("hello"));
        get(id).statusCode(200).body("description", nullValue()).body("note[0].text", equalTo("hello"));
    }

    @Test
    void jsonPatchAppliesEverySixOperations() {
        String id = createOrder(TWO_ITEMS);
        jsonPatch(id, """
                [{"op":"test","path":"/state","value":"acknowledged"},
                 {"op":"add","path":"/note","value":[{"text":"a"}]},
                 {"op":"add","path":"/note/-","value":{"text":"b"}},
                 {"op":"copy","from":"/note/0","path":"/note/-"},
                 {"op":"move","from":"/note/0","path":"/note/1"},
                 {"op":"replace","path":"/note/2/text","value":"c"},
                 {"op":"add","path":"/description","value":"tmp"},
                 {"op":"remove","path":"/description"}]""").statusCode(200)
                .body("note.text", equalTo(java.util.List.of("b", "a", "c")))
                .body("description", nullValue());
    }

    @Test
    void failedJsonPatchTestIsAConflictAndChangesNothing() {
        String id = createOrder(TWO_ITEMS);
        jsonPatch(id, """
                [{"op":"add","path":"/description","value":"x"},
                 {"op":"test","path":"/state","value":"inProgress"}]""").statusCode(409)
                .body("code", equalTo("409"));
        get(id).body("description", nullValue());
    }

    /**
     * RFC 6902 A.13: an operation with a duplicate member is refused by the server's parser (strict duplicate
     * detection). Read leniently, each of these would be a valid patch (the last "op" wins) and apply.
     */
    @Test
    void duplicateMembersAreRefused() {
        String id = createOrder(TWO_ITEMS);
        String before = get(id).extract().asString();
        jsonPatch(id, "[{\"op\":\"remove\",\"path\":\"/description\",\"op\":\"add\",\"value\":\"dup\"}]")
                .statusCode(400).body("message", equalTo("Malformed JSON at line 1, column 43"));
        patch(id, "application/merge-patch+json", "{\"description\":\"a\",\"description\":\"b\"}")
                .statusCode(400).body("message", equalTo("Malformed JSON at line 1, column 33"));
        org.junit.jupiter.api.Assertions.assertEquals(before, get(id).extract().asString());
    }

    @Test
    void malformedJsonPatchIsABadRequest() {
        String id = createOrder(TWO_ITEMS);
        jsonPatch(id, "[{\"op\":\"jump\",\"path\":\"/state\"}]").statusCode(400).body("message", containsString("jump"));
        jsonPatch(id, "{\"op\":\"replace\"}").statusCode(400).body("@type", equalTo("Error"));
        jsonPatch(id, "[{\"op\":\"remove\",\"path\":\"/nothing\"}]").statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = { "text/plain", "application/xml", "application/x-www-form-urlencoded", "application/foo+json" })
    void otherMediaTypesAreUnsupported(String mediaType) {
        String id = createOrder(TWO_ITEMS);
        given().contentType(mediaType).accept("application/json").body("{\"description\":\"x\"}")
                .patch(BASE + "/productOrder/" + id).then()
                .statusCode(415).body("@type", equalTo("Error")).body("code", equalTo("415"));
        get(id).body("description", nullValue());
    }

    @Test
    void patchOfAnUnknownOrderIsNotFound() {
        merge("00000000-0000-0000-0000-000000000000", "{\"description\":\"x\"}").statusCode(404);
    }
}
