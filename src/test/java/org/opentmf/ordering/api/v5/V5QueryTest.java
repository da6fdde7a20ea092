package org.opentmf.ordering.api.v5;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.BASE_V5;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;

/** v5 list queries use v5 names, mapped onto the stored paths: orders of either version are found alike. */
@OrderingTest
class V5QueryTest {

    private static List<String> ids(String query) {
        return json().get(BASE_V5 + "/productOrder?" + query).then().statusCode(200).extract().path("id");
    }

    @Test
    void findsV4AndV5OrdersByV5Names() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String v4 = Api.createOrder("""
                {"externalId":"X-%1$s","relatedParty":[{"id":"C-%1$s","role":"customer","@referredType":"Individual"}],
                 "productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-%1$s"}}]}""".formatted(tag));
        String v5 = V5.createOrder("""
                {"@type":"ProductOrder","externalId":[{"id":"X-%1$s"}],
                 "relatedParty":[{"role":"customer","partyOrPartyRole":{"@type":"PartyRef","id":"C-%1$s"}}],
                 "productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add",
                                      "productOffering":{"id":"PO-%1$s"}}]}""".formatted(tag));
        List<String> both = List.of(v5, v4); // newest first
        org.junit.jupiter.api.Assertions.assertEquals(both, ids("externalId.id=X-" + tag));
        org.junit.jupiter.api.Assertions.assertEquals(both, ids("relatedParty.partyOrPartyRole.id=C-" + tag));
        org.junit.jupiter.api.Assertions.assertEquals(both, ids("relatedParty.partyOrPartyRole.id=C-" + tag + "&relatedParty.role=customer"));
        org.junit.jupiter.api.Assertions.assertEquals(both, ids("productOrderItem.productOffering.id=PO-" + tag));
        org.junit.jupiter.api.Assertions.assertEquals(both, ids("productOrderItem.productOffering.id=PO-" + tag
                + "&state=acknowledged&@type=ProductOrder"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(v4, v5), ids("externalId.id=X-" + tag + "&sort=creationDate"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), ids("externalId.id=X-" + tag + "&state=completed"));
    }

    @Test
    void comparesCreationDatesAsTheStoredOrderDates() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = V5.createOrder("""
                {"@type":"ProductOrder","externalId":[{"id":"D-%s"}],
                 "productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add","productOffering":{"id":"PO-1"}}]}"""
                .formatted(tag));
        String created = V5.read(id).extract().path("creationDate");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(id), ids("externalId.id=D-" + tag + "&creationDate=" + created));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(id), ids("externalId.id=D-" + tag + "&creationDate.gte=" + created
                + "&creationDate.lt=2999-01-01T00:00:00Z"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), ids("externalId.id=D-" + tag + "&creationDate.gt=" + created));
    }

    @Test
    void findsSpecialHandlingByTheCharacteristicName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = V5.createOrder("""
                {"@type":"ProductOrder","externalId":[{"id":"S-%s"}],
                 "productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add","product":{"@type":"Product"}}]}"""
                .formatted(tag));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(id), ids("externalId.id=S-" + tag
                + "&productOrderItem.product.productCharacteristic.name=specialHandling"));
    }

    @Test
    void refusesV4NamesAndUnknownNames() {
        json().get(BASE_V5 + "/productOrder?orderDate.gte=2026-01-01").then().statusCode(400)
                .body("message", equalTo("Unknown attribute 'orderDate' in query"));
        json().get(BASE_V5 + "/productOrder?relatedParty.id=C-1").then().statusCode(400)
                .body("message", equalTo("Unknown attribute 'relatedParty.id' in query"));
        json().get(BASE + "/productOrder?creationDate.gte=2026-01-01").then().statusCode(400)
                .body("message", containsString("creationDate"));
    }

    @Test
    void listsCancellationRequestsWithTheSameNames() {
        String order = V5.createOrder(V5.MINIMAL_ORDER);
        String task = json().body("""
                {"@type":"CancelProductOrder","cancellationReason":"duplicate",
                 "productOrder":{"@type":"ProductOrderRef","id":"%s","@referredType":"ProductOrder"}}""".formatted(order))
                .post(BASE_V5 + "/cancelProductOrder").then().statusCode(201)
                .header("Location", containsString(BASE_V5 + "/cancelProductOrder/"))
                .body("@type", equalTo("CancelProductOrder"))
                .body("productOrder.@type", equalTo("ProductOrderRef"))
                .body("productOrder.href", containsString(BASE_V5 + "/productOrder/" + order))
                .extract().path("id");
        json().get(BASE_V5 + "/cancelProductOrder?productOrder.id=" + order).then().statusCode(200)
                .body("id", hasItem(task)).body("[0].creationDate", not(equalTo(null)));
        json().get(BASE_V5 + "/cancelProductOrder/" + task).then().statusCode(200).body("state", equalTo("done"));
        V5.read(order).body("state", equalTo("cancelled"));
        json().get(BASE + "/cancelProductOrder/" + task).then().statusCode(200)
                .body("productOrder", not(org.hamcrest.Matchers.hasKey("@type")));
    }
}
