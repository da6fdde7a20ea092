package org.opentmf.ordering.api.v5;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.opentmf.ordering.testing.Api.BASE_V5;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentmf.ordering.testing.OrderingTest;

/**
 * v5 PATCH: merge patch (also as application/json), JSON Patch, and JSON Patch Query (TMF630 part 5), whose paths
 * select array elements with a query; anything else is 415.
 */
@OrderingTest
class V5PatchMediaTypesTest {

    private static final String THREE_ITEMS = """
            {"@type":"ProductOrder","productOrderItem":[
              {"@type":"ProductOrderItem","id":"1","action":"add","quantity":1,"productOffering":{"id":"PO-1"}},
              {"@type":"ProductOrderItem","id":"2","action":"add","quantity":1,"productOffering":{"id":"PO-2"},
               "billingAccount":{"id":"BA-1"}},
              {"@type":"ProductOrderItem","id":"120","action":"add","quantity":1,"productOffering":{"id":"PO-2"},
               "billingAccount":{"id":"BA-1"}}]}""";

    private static io.restassured.response.ValidatableResponse patch(String id, String mediaType, String body) {
        return given().contentType(mediaType).accept("application/json").body(body)
                .patch(BASE_V5 + "/productOrder/" + id).then();
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/merge-patch+json", "application/json" })
    void mergePatchSetsAndRemovesAttributes(String mediaType) {
        String id = V5.createOrder(THREE_ITEMS);
        patch(id, mediaType, "{\"description\":\"x\",\"priority\":\"1\"}").statusCode(200).body("priority", equalTo("1"));
        patch(id, mediaType, "{\"priority\":null}").statusCode(200).body("priority", nullValue())
                .body("description", equalTo("x"));
    }

    @Test
    void jsonPatchAddressesItemsByPosition() {
        String id = V5.createOrder(THREE_ITEMS);
        patch(id, "application/json-patch+json", "[{\"op\":\"replace\",\"path\":\"/productOrderItem/1/quantity\",\"value\":5}]")
                .statusCode(200).body("productOrderItem[1].quantity", equalTo(5)).body("productOrderItem[0].quantity", equalTo(1));
    }

    @Test
    void jsonPatchQueryChangesTheSelectedItemOnly() {
        String id = V5.createOrder(THREE_ITEMS);
        patch(id, "application/json-patch-query+json",
                "[{\"op\":\"replace\",\"path\":\"/productOrderItem/quantity?productOrderItem.id=2\",\"value\":7}]")
                .statusCode(200)
                .body("productOrderItem.find { it.id == '2' }.quantity", equalTo(7))
                .body("productOrderItem.find { it.id == '1' }.quantity", equalTo(1))
                .body("productOrderItem.find { it.id == '120' }.quantity", equalTo(1));
    }

    @Test
    void jsonPatchQueryReachesIntoTheSelectedElementAsInTheSpecExample() {
        String id = V5.createOrder(THREE_ITEMS);
        patch(id, "application/json-patch-query+json",
                "[{\"op\":\"replace\",\"path\":\"/productOrderItem/billingAccount/id?productOrderItem.id=120\",\"value\":\"BA-9\"}]")
                .statusCode(200)
                .body("productOrderItem.find { it.id == '120' }.billingAccount.id", equalTo("BA-9"))
                .body("productOrderItem.find { it.id == '2' }.billingAccount.id", equalTo("BA-1"));
    }

    @Test
    void jsonPatchQueryChangesEveryMatchingElement() {
        String id = V5.createOrder(THREE_ITEMS);
        patch(id, "application/json-patch-query+json",
                "[{\"op\":\"replace\",\"path\":\"/productOrderItem/quantity?productOrderItem.productOffering.id=PO-2\",\"value\":3}]")
                .statusCode(200)
                .body("productOrderItem.find { it.id == '2' }.quantity", equalTo(3))
                .body("productOrderItem.find { it.id == '120' }.quantity", equalTo(3))
                .body("productOrderItem.find { it.id == '1' }.quantity", equalTo(1));
    }

    @Test
    void jsonPatchQuerySelectingNothingIsABadRequestAndChangesNothing() {
        String id = V5.createOrder(THREE_ITEMS);
        patch(id, "application/json-patch-query+json",
                "[{\"op\":\"replace\",\"path\":\"/productOrderItem/quantity?productOrderItem.id=99\",\"value\":7}]")
                .statusCode(400).body("message", containsString("no element of 'productOrderItem' matches 'productOrderItem.id=99'"));
        V5.read(id).header("ETag", "\"0\"");
    }

    @Test
    void jsonPatchQueryKeepsTheRulesOnServerOwnedAttributes() {
        String id = V5.createOrder(THREE_ITEMS);
        patch(id, "application/json-patch-query+json",
                "[{\"op\":\"replace\",\"path\":\"/creationDate\",\"value\":\"2020-01-01T00:00:00.000Z\"}]")
                .statusCode(400).body("message", equalTo("'creationDate' is set by the server and cannot be patched"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "text/plain", "application/xml", "application/foo+json" })
    void otherMediaTypesAreUnsupported(String mediaType) {
        String id = V5.createOrder(THREE_ITEMS);
        patch(id, mediaType, "{\"description\":\"x\"}").statusCode(415).body("@type", equalTo("Error"));
    }
}
