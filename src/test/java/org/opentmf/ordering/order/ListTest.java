package org.opentmf.ordering.order;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.createOrder;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentmf.ordering.testing.OrderingTest;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** GET /productOrder: paging, headers, fields and the equality filters every client needs. */
@OrderingTest
class ListTest {

    /** Three orders in a category of their own, so the test sees only its own data in the shared database. */
    private static Map<String, String> threeOrders(String category) {
        String a = createOrder(order(category, "EXT-" + category + "-A", "0"));
        String b = createOrder(order(category, "EXT-" + category + "-B", "1"));
        String c = createOrder(order(category, "EXT-" + category + "-C", "1"));
        return Map.of("a", a, "b", b, "c", c);
    }

    private static String order(String category, String externalId, String priority) {
        return """
                {"category":"%s","externalId":"%s","priority":"%s",
                 "productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"}}],
                 "relatedParty":[{"id":"C-1","@referredType":"Individual"}]}""".formatted(category, externalId, priority);
    }

    private static String category() {
        return "cat-" + UUID.randomUUID();
    }

    @Test
    void filtersByCategoryExternalIdAndPriority() {
        String category = category();
        Map<String, String> ids = threeOrders(category);
        json().get(BASE + "/productOrder?category=" + category).then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("X-Result-Count", "3")
                .body("id", containsInAnyOrder(ids.get("a"), ids.get("b"), ids.get("c")));
        json().get(BASE + "/productOrder?externalId=EXT-" + category + "-B").then()
                .statusCode(200)
                .body("id", equalTo(List.of(ids.get("b"))));
        json().get(BASE + "/productOrder?category=" + category + "&priority=1").then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .body("id", containsInAnyOrder(ids.get("b"), ids.get("c")));
    }

    @Test
    void filtersByIdStateAndOrderDateAsReturned() {
        String category = category();
        Map<String, String> ids = threeOrders(category);
        ExtractableResponse<Response> one = json().get(BASE + "/productOrder/" + ids.get("a")).then().extract();
        String orderDate = one.path("orderDate");
        json().get(BASE + "/productOrder?id=" + ids.get("a")).then()
                .statusCode(200)
                .body("id", equalTo(List.of(ids.get("a"))));
        json().get(BASE + "/productOrder?category=" + category + "&state=acknowledged").then()
                .header("X-Total-Count", "3");
        json().get(BASE + "/productOrder?category=" + category + "&state=completed").then()
                .statusCode(200)
                .header("X-Total-Count", "0")
                .body("", hasSize(0));
        // The date exactly as returned, sent unencoded in the query string.
        json().urlEncodingEnabled(false).get(BASE + "/productOrder?category=" + category + "&orderDate=" + orderDate)
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(ids.get("a")))
                .body("orderDate", org.hamcrest.Matchers.everyItem(equalTo(orderDate)));
    }

    @Test
    void pagesWithOffsetAndLimitAndCountHeaders() {
        String category = category();
        threeOrders(category);
        json().get(BASE + "/productOrder?category=" + category + "&offset=0&limit=2").then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("X-Result-Count", "2")
                .header("Link", containsString("rel=\"next\""))
                .body("", hasSize(2));
        json().get(BASE + "/productOrder?category=" + category + "&offset=2&limit=2").then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("X-Result-Count", "1")
                .header("Link", containsString("rel=\"prev\""))
                .body("", hasSize(1));
        json().get(BASE + "/productOrder?category=" + category + "&offset=10").then()
                .statusCode(200)
                .header("X-Total-Count", "3")
                .header("X-Result-Count", "0");
    }

    @ParameterizedTest
    @ValueSource(strings = { "limit=0", "limit=-1", "limit=1001", "limit=abc", "offset=-1", "offset=x" })
    void refusesBadPaging(String paging) {
        json().get(BASE + "/productOrder?" + paging).then()
                .statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("message", containsString(paging.substring(0, paging.indexOf('='))));
    }

    @Test
    void selectsFirstLevelFieldsAndAlwaysKeepsIdAndHref() {
        String category = category();
        threeOrders(category);
        json().get(BASE + "/productOrder?category=" + category + "&fields=state,category").then()
                .statusCode(200)
                .body("[0]", hasKey("id"))
                .body("[0]", hasKey("href"))
                .body("[0]", hasKey("state"))
                .body("[0]", hasKey("category"))
                .body("[0]", not(hasKey("productOrderItem")))
                .body("[0]", not(hasKey("orderDate")))
                .body("[0]", not(hasKey("relatedParty")));
        String id = createOrder(order(category, "EXT-x", "2"));
        json().get(BASE + "/productOrder/" + id + "?fields=priority").then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("priority", equalTo("2"))
                .body("$", not(hasKey("productOrderItem")));
    }
}
