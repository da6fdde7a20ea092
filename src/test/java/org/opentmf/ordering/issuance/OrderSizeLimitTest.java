package org.opentmf.ordering.issuance;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;
import org.opentmf.ordering.testing.StoredState;

/** ordering.issuance.max-items (default 1000) bounds an order; the key of an idempotent create is bounded too. */
@OrderingTest
class OrderSizeLimitTest {

    @Inject
    DataSource dataSource;

    /** An order with {@code top} items, each with {@code nested} items of its own. */
    static String orderWithItems(int top, int nested) {
        StringBuilder b = new StringBuilder("{\"externalId\":\"size-").append(System.nanoTime()).append("\",\"productOrderItem\":[");
        for (int i = 0; i < top; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"action\":\"add\",\"productOffering\":{\"id\":\"PO-").append(i % 7).append("\"}");
            if (nested > 0) {
                b.append(",\"productOrderItem\":[");
                for (int j = 0; j < nested; j++) {
                    b.append(j == 0 ? "" : ",").append("{\"id\":\"").append(i).append('.').append(j)
                            .append("\",\"action\":\"add\",\"productOffering\":{\"id\":\"PO-N\"}}");
                }
                b.append(']');
            }
            b.append('}');
        }
        return b.append("]}").toString();
    }

    @Test
    void acceptsAnOrderAtTheCapAndListsIt() {
        String body = orderWithItems(1000, 0);
        String externalId = body.substring(15, body.indexOf('"', 15));
        String id = json().body(body).post(BASE + "/productOrder").then().statusCode(201)
                .body("productOrderItem.size()", equalTo(1000)).extract().path("id");
        List<String> ids = json().get(BASE + "/productOrder?externalId=" + externalId).then().statusCode(200)
                .extract().path("id");
        assertEquals(List.of(id), ids);
    }

    @Test
    void refusesOneItemOverTheCapNamingTheLimit() {
        StoredState before = StoredState.of(dataSource, null);
        json().body(orderWithItems(1001, 0)).post(BASE + "/productOrder").then().statusCode(400)
                .body("@type", equalTo("Error"))
                .body("message", equalTo("An order has at most 1000 productOrderItem (nested ones included;"
                        + " ordering.issuance.max-items)"));
        before.assertUnchanged(dataSource, null, "1001 items");
    }

    @Test
    void countsNestedItemsTowardsTheCap() {
        StoredState before = StoredState.of(dataSource, null);
        // 100 items with 9 nested items each: 1000 in all, accepted; one more nested level item is refused
        json().body(orderWithItems(100, 9)).post(BASE + "/productOrder").then().statusCode(201);
        before = StoredState.of(dataSource, null);
        json().body(orderWithItems(91, 10)).post(BASE + "/productOrder").then().statusCode(400)
                .body("message", equalTo("An order has at most 1000 productOrderItem (nested ones included;"
                        + " ordering.issuance.max-items)"));
        before.assertUnchanged(dataSource, null, "1001 items, nested");
    }

    @Test
    void refusesAnIdempotencyKeyOverTheLimit() {
        StoredState before = StoredState.of(dataSource, null);
        json().header("Idempotency-Key", "k".repeat(256)).body(orderWithItems(1, 0)).post(BASE + "/productOrder")
                .then().statusCode(400)
                .body("@type", equalTo("Error"))
                .body("message", org.hamcrest.Matchers.containsString("255"));
        before.assertUnchanged(dataSource, null, "long Idempotency-Key");
        json().header("Idempotency-Key", "k".repeat(245) + System.nanoTime() % 10_000_000_000L).body(orderWithItems(1, 0))
                .post(BASE + "/productOrder").then().statusCode(201);
    }
}
