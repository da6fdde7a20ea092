package org.opentmf.ordering.api.v5;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.testing.Api.BASE_V5;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The v5 productOrder resource: create, read, list, patch, delete, in TMF622 v5 shapes. */
@OrderingTest
class V5ProductOrderTest {

    @Test
    void createsAnOrderInTheV5ShapeWithLocationAndEtag() {
        ExtractableResponse<Response> created = V5.create(V5.MINIMAL_ORDER).statusCode(201)
                .header("ETag", "\"0\"")
                .body("@type", equalTo("ProductOrder"))
                .body("state", equalTo("acknowledged"))
                .body("creationDate", notNullValue())
                .body("$", not(hasKey("orderDate")))
                .body("productOrderItem[0].@type", equalTo("ProductOrderItem"))
                .body("productOrderItem[0].state", equalTo("acknowledged"))
                .body("productOrderItem[0].productOffering.@type", equalTo("ProductOfferingRef"))
                .body("relatedParty[0].role", equalTo("Customer"))
                .body("relatedParty[0].partyOrPartyRole.@type", equalTo("PartyRoleRef"))
                .body("relatedParty[0].partyOrPartyRole.id", equalTo("ff55-hjy4"))
                .extract();
        String href = created.path("href");
        assertEquals(href, created.header("Location"));
        org.hamcrest.MatcherAssert.assertThat(href, containsString(BASE_V5 + "/productOrder/" + created.path("id")));
    }

    @Test
    void aBespokeItemIsFlaggedWithABooleanCharacteristic() {
        String id = V5.createOrder("""
                {"@type":"ProductOrder","productOrderItem":[{"@type":"ProductOrderItem","id":"7","action":"add",
                  "product":{"@type":"Product","name":"custom rack"}}]}""");
        V5.read(id)
                .body("productOrderItem[0].product.@type", equalTo("Product"))
                .body("productOrderItem[0].product.productCharacteristic.find { it.name == 'specialHandling' }.@type",
                        equalTo("BooleanCharacteristic"))
                .body("productOrderItem[0].product.productCharacteristic.find { it.name == 'specialHandling' }.value",
                        equalTo(true))
                .body("note[0].@type", equalTo("SpecialHandlingNote"));
    }

    @Test
    void refusesAnOrderWithoutType() {
        V5.create("""
                {"productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add"}]}""")
                .statusCode(400).body("message", containsString("@type")).body("@type", equalTo("Error"));
    }

    @Test
    void refusesAnItemWithoutTypeIdOrAction() {
        V5.create("""
                {"@type":"ProductOrder","productOrderItem":[{"id":"1","action":"add"}]}""")
                .statusCode(400).body("message", containsString("productOrderItem[0].@type"));
        V5.create("""
                {"@type":"ProductOrder","productOrderItem":[{"@type":"ProductOrderItem","action":"add"}]}""")
                .statusCode(400).body("message", containsString("productOrderItem[0].id"));
        V5.create("""
                {"@type":"ProductOrder","productOrderItem":[{"@type":"ProductOrderItem","id":"1"}]}""")
                .statusCode(400).body("message", containsString("productOrderItem[0].action"));
    }

    @Test
    void refusesARelatedPartyWithoutRole() {
        V5.create("""
                {"@type":"ProductOrder","productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add",
                  "productOffering":{"id":"PO-1"}}],
                 "relatedParty":[{"partyOrPartyRole":{"@type":"PartyRef","id":"C-1"}}]}""")
                .statusCode(400).body("message", containsString("relatedParty[0].role"));
    }

    @Test
    void readsPatchesAndDeletesInV5() {
        String id = V5.createOrder(V5.MINIMAL_ORDER);
        V5.read(id).header("ETag", "\"0\"").body("id", equalTo(id));
        json().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"description\":\"rush\",\"@type\":\"ProductOrder\"}")
                .patch(BASE_V5 + "/productOrder/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("description", equalTo("rush"))
                .body("relatedParty[0].partyOrPartyRole.@type", equalTo("PartyRoleRef"));
        json().contentType("application/json-patch+json")
                .body("[{\"op\":\"add\",\"path\":\"/productOrderItem/0/quantity\",\"value\":3}]")
                .patch(BASE_V5 + "/productOrder/" + id).then().statusCode(200)
                .body("productOrderItem[0].quantity", equalTo(3));
        json().contentType("application/merge-patch+json").body("{\"creationDate\":\"2020-01-01T00:00:00Z\"}")
                .patch(BASE_V5 + "/productOrder/" + id).then().statusCode(400)
                .body("message", equalTo("'creationDate' is set by the server and cannot be patched"));
        json().delete(BASE_V5 + "/productOrder/" + id).then().statusCode(204);
        json().get(BASE_V5 + "/productOrder/" + id).then().statusCode(404).body("@type", equalTo("Error"));
    }

    @Test
    void listsWithFieldsAndPagingHeaders() {
        String id = V5.createOrder(V5.MINIMAL_ORDER);
        json().get(BASE_V5 + "/productOrder?fields=state,creationDate&limit=1&id=" + id).then().statusCode(200)
                .header("X-Total-Count", "1")
                .header("Link", containsString(BASE_V5 + "/productOrder?fields=state%2CcreationDate&id=" + id))
                .body("[0].id", equalTo(id))
                .body("[0].creationDate", notNullValue())
                .body("[0]", not(hasKey("relatedParty")));
    }

    @Test
    void unknownAttributesPassThroughBothVersions() {
        String id = V5.createOrder("""
                {"@type":"AcmeProductOrder","@baseType":"ProductOrder","acmeOrderClass":"gold",
                 "productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add","acmeSlot":{"rack":4},
                   "productOffering":{"id":"PO-1","acmeCatalog":"B2B"}}]}""");
        V5.read(id).body("@type", equalTo("AcmeProductOrder")).body("acmeOrderClass", equalTo("gold"))
                .body("productOrderItem[0].acmeSlot.rack", equalTo(4))
                .body("productOrderItem[0].productOffering.acmeCatalog", equalTo("B2B"));
        json().get(org.opentmf.ordering.testing.Api.BASE + "/productOrder/" + id).then().statusCode(200)
                .body("@type", equalTo("AcmeProductOrder")).body("acmeOrderClass", equalTo("gold"))
                .body("productOrderItem[0].acmeSlot.rack", equalTo(4))
                .body("productOrderItem[0]", not(hasKey("@type")))
                .body("productOrderItem[0].productOffering", not(hasKey("@type")));
    }

    @Test
    void theInitiatingRequestIsTheV5BodyVerbatim() {
        String id = V5.createOrder(V5.MINIMAL_ORDER);
        json().get(BASE_V5 + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200)
                .body("@type", equalTo("InitiatingRequest"))
                .body("href", endsWith(BASE_V5 + "/productOrder/" + id + "/initiatingRequest"))
                .body("productOrder.@type", equalTo("ProductOrderRef"))
                .body("request.relatedParty[0].partyOrPartyRole.@type", equalTo("PartyRoleRef"))
                .body("items[0].classification", equalTo("offTheShelf"));
    }
}
