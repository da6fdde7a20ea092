package org.opentmf.ordering.order;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.CTK_ORDER;
import static org.opentmf.ordering.testing.Api.create;
import static org.opentmf.ordering.testing.Api.createOrder;
import static org.opentmf.ordering.testing.Api.json;
import static org.opentmf.ordering.testing.Api.standardOrder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentmf.ordering.testing.OrderingTest;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@OrderingTest
class CreateReadDeleteTest {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String UTC_MILLIS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Test
    void createsTheConformanceKitOrderWithServerOwnedFields() {
        ExtractableResponse<Response> created = create(CTK_ORDER)
                .statusCode(201)
                .body("id", matchesPattern(UUID))
                .body("href", matchesPattern("http://[^/]+" + BASE + "/productOrder/" + UUID))
                .body("orderDate", matchesPattern(UTC_MILLIS))
                .body("state", equalTo("acknowledged"))
                .body("productOrderItem", hasSize(1))
                .body("productOrderItem[0].id", equalTo("123"))
                .body("productOrderItem[0].action", equalTo("add"))
                .body("productOrderItem.state", everyItem(equalTo("acknowledged")))
                .body("relatedParty[0].id", equalTo("456-dd-df45"))
                .body("relatedParty[0].'@referredType'", equalTo("Individual"))
                .extract();
        assertEquals(created.path("href"), created.header("Location"), "Location must equal the absolute href");
    }

    @Test
    void readsTheOrderBackWithTheSameOrderDate() {
        ExtractableResponse<Response> created = create(standardOrder("1", "PO-1")).statusCode(201).extract();
        String id = created.path("id");
        String orderDate = created.path("orderDate");
        json().get(BASE + "/productOrder/" + id).then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo(id))
                .body("href", equalTo(created.path("href")))
                .body("orderDate", equalTo(orderDate))
                .body("productOrderItem[0].productOffering.id", equalTo("PO-1"));
        json().get(BASE + "/productOrder?id=" + id).then()
                .statusCode(200)
                .body("[0].orderDate", equalTo(orderDate));
    }

    @Test
    void ignoresServerOwnedValuesSentByTheClient() {
        String body = """
                {"id":"my-own-id","href":"http://evil/x","orderDate":"2001-01-01T00:00:00.000Z","state":"completed",
                 "completionDate":"2001-01-02T00:00:00.000Z",
                 "productOrderItem":[{"id":"1","action":"add","state":"completed","productOffering":{"id":"PO-1"}}]}""";
        create(body).statusCode(201)
                .body("id", matchesPattern(UUID))
                .body("href", containsString(BASE + "/productOrder/"))
                .body("state", equalTo("acknowledged"))
                .body("productOrderItem[0].state", equalTo("acknowledged"))
                .body("completionDate", org.hamcrest.Matchers.nullValue())
                .body("orderDate", org.hamcrest.Matchers.not(equalTo("2001-01-01T00:00:00.000Z")));
    }

    @Test
    void keepsEveryTmfAttributeAndExtensionAttributesOnTheRoundTrip() {
        String body = """
                {"@type":"AcmeProductOrder","@baseType":"ProductOrder","@schemaLocation":"https://acme.example/po.json",
                 "acmeLoyaltyTier":"gold","acmeFlags":{"rush":true,"tags":["a","b"]},
                 "externalId":"PO-778","category":"B2C","priority":"1","description":"A new line",
                 "requestedCompletionDate":"2030-01-31T10:15:30.000Z","notificationContact":"ops@example.com",
                 "channel":[{"id":"web","name":"Web shop","role":"sales"}],
                 "note":[{"text":"call before noon","author":"Ann"}],
                 "billingAccount":{"id":"BA-1"},
                 "relatedParty":[{"id":"C-9","@referredType":"Individual","role":"customer","acmeScore":7}],
                 "productOrderItem":[{"id":"1","action":"add","quantity":2,"acmeItemFlag":"x",
                   "productOffering":{"id":"PO-5","name":"Fibre 1G"},
                   "product":{"productCharacteristic":[{"name":"colour","value":"red"}]},
                   "itemPrice":[{"priceType":"recurring","price":{"taxIncludedAmount":{"unit":"EUR","value":29.99}}}]}]}""";
        String id = createOrder(body);
        json().get(BASE + "/productOrder/" + id).then()
                .statusCode(200)
                .body("'@type'", equalTo("AcmeProductOrder"))
                .body("'@baseType'", equalTo("ProductOrder"))
                .body("'@schemaLocation'", equalTo("https://acme.example/po.json"))
                .body("acmeLoyaltyTier", equalTo("gold"))
                .body("acmeFlags.rush", equalTo(true))
                .body("acmeFlags.tags", hasSize(2))
                .body("externalId", equalTo("PO-778"))
                .body("category", equalTo("B2C"))
                .body("priority", equalTo("1"))
                .body("description", equalTo("A new line"))
                .body("requestedCompletionDate", equalTo("2030-01-31T10:15:30.000Z"))
                .body("channel[0].name", equalTo("Web shop"))
                .body("note[0].text", equalTo("call before noon"))
                .body("billingAccount.id", equalTo("BA-1"))
                .body("relatedParty[0].acmeScore", equalTo(7))
                .body("productOrderItem[0].quantity", equalTo(2))
                .body("productOrderItem[0].acmeItemFlag", equalTo("x"))
                .body("productOrderItem[0].productOffering.name", equalTo("Fibre 1G"))
                .body("productOrderItem[0].product.productCharacteristic[0].value", equalTo("red"))
                .body("productOrderItem[0].itemPrice[0].price.taxIncludedAmount.value", equalTo(29.99f));
    }

    @Test
    void answersNotFoundWithATmfErrorForAnUnknownOrder() {
        json().get(BASE + "/productOrder/3f1b7c52-0000-4000-8000-000000000000").then()
                .statusCode(404)
                .body("code", equalTo("404"))
                .body("status", equalTo("404"))
                .body("reason", notNullValue())
                .body("message", containsString("3f1b7c52-0000-4000-8000-000000000000"))
                .body("'@type'", equalTo("Error"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not-a-uuid", "1", "'%20OR%201=1" })
    void answersNotFoundForIdsThatCannotExist(String id) {
        json().get(BASE + "/productOrder/" + id).then().statusCode(404).body("'@type'", equalTo("Error"));
    }

    @Test
    void deletesAnOrderThenForgetsIt() {
        String id = createOrder(standardOrder("1", "PO-1"));
        json().delete(BASE + "/productOrder/" + id).then().statusCode(204);
        json().get(BASE + "/productOrder/" + id).then().statusCode(404).body("code", equalTo("404"));
        json().delete(BASE + "/productOrder/" + id).then().statusCode(404).body("'@type'", equalTo("Error"));
    }
}
