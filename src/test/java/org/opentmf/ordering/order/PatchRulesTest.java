package org.opentmf.ordering.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.order.Orders.TWO_ITEMS;
import static org.opentmf.ordering.order.Orders.get;
import static org.opentmf.ordering.order.Orders.jsonPatch;
import static org.opentmf.ordering.order.Orders.merge;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.createOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentmf.ordering.events.TmfEvent;
import org.opentmf.ordering.testing.OrderingTest;

/** What a PATCH may not do, optimistic concurrency, and the events a change fires. */
@OrderingTest
class PatchRulesTest {

    @Inject
    RecordedEvents events;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "id | {\"id\":\"00000000-0000-0000-0000-000000000001\"}",
            "href | {\"href\":\"http://elsewhere/productOrder/1\"}",
            "orderDate | {\"orderDate\":\"2020-01-01T00:00:00.000Z\"}",
            "completionDate | {\"completionDate\":\"2020-01-01T00:00:00.000Z\"}",
            "cancellationDate | {\"cancellationDate\":null}" })
    void serverOwnedFieldsCannotBeMergePatched(String field, String patch) {
        String id = createOrder(TWO_ITEMS);
        String before = get(id).extract().asString();
        merge(id, patch.replace("}", ",\"description\":\"x\"}"))
                .statusCode(400).body("message", equalTo("'" + field + "' is set by the server and cannot be patched"));
        assertEquals(before, get(id).extract().asString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "id", "href", "orderDate", "completionDate", "cancellationDate" })
    void serverOwnedFieldsCannotBeJsonPatchedButMayBeTested(String field) {
        String id = createOrder(TWO_ITEMS);
        String refused = "'" + field + "' is set by the server and cannot be patched";
        jsonPatch(id, "[{\"op\":\"add\",\"path\":\"/" + field + "\",\"value\":\"2020-01-01T00:00:00.000Z\"}]")
                .statusCode(400).body("message", equalTo(refused));
        // a move takes its source away: writing the field as surely as a remove would
        jsonPatch(id, "[{\"op\":\"move\",\"from\":\"/" + field + "\",\"path\":\"/description\"}]")
                .statusCode(400).body("message", equalTo(refused));
        jsonPatch(id, "[{\"op\":\"test\",\"path\":\"/id\",\"value\":\"" + id + "\"},"
                + "{\"op\":\"add\",\"path\":\"/description\",\"value\":\"tested\"}]")
                .statusCode(200).body("description", equalTo("tested"));
    }

    @Test
    void itemIdsCannotBeChangedAddedOrRemoved() {
        String id = createOrder(TWO_ITEMS);
        jsonPatch(id, "[{\"op\":\"replace\",\"path\":\"/productOrderItem/0/id\",\"value\":\"9\"}]")
                .statusCode(400).body("message", containsString("productOrderItem.id"));
        jsonPatch(id, "[{\"op\":\"remove\",\"path\":\"/productOrderItem/1\"}]").statusCode(400);
        jsonPatch(id, "[{\"op\":\"add\",\"path\":\"/productOrderItem/-\",\"value\":{\"id\":\"3\",\"action\":\"add\","
                + "\"state\":\"acknowledged\"}}]").statusCode(400);
        get(id).body("productOrderItem.id", equalTo(List.of("1", "2")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "relatedParty without @referredType | {\"relatedParty\":[{\"id\":\"C-2\"}]}",
            "unknown item action | [{\"op\":\"replace\",\"path\":\"/productOrderItem/0/action\",\"value\":\"jump\"}]",
            "duplicate item id | [{\"op\":\"replace\",\"path\":\"/productOrderItem/1/id\",\"value\":\"1\"}]",
            "no items | {\"productOrderItem\":[]}",
            "item without action | {\"productOrderItem\":[{\"id\":\"1\",\"state\":\"acknowledged\"},{\"id\":\"2\",\"state\":\"acknowledged\"}]}",
            "no state | {\"state\":null}",
            "unknown state | {\"state\":\"done\"}",
            "wrong type | {\"description\":42}",
            "not an object | [{\"op\":\"replace\",\"path\":\"\",\"value\":[]}]" })
    void theResultMustStillBeAValidOrder(String why, String patch) {
        String id = createOrder(TWO_ITEMS);
        String before = get(id).extract().asString();
        (patch.startsWith("[") ? jsonPatch(id, patch) : merge(id, patch))
                .statusCode(400).body("@type", equalTo("Error"));
        assertEquals(before, get(id).extract().asString(), why);
    }

    @Test
    void staleIfMatchIsRefusedOnPatchAndDelete() {
        String id = createOrder(TWO_ITEMS);
        String etag = get(id).extract().header("ETag");
        String next = given().contentType(Orders.MERGE).header("If-Match", etag).body("{\"description\":\"a\"}")
                .patch(BASE + "/productOrder/" + id).then().statusCode(200)
                .header("ETag", not(equalTo(etag))).extract().header("ETag");
        assertEquals(next, get(id).extract().header("ETag"));
        given().contentType(Orders.MERGE).header("If-Match", etag).body("{\"description\":\"b\"}")
                .patch(BASE + "/productOrder/" + id).then().statusCode(412).body("code", equalTo("412"));
        given().header("If-Match", etag).delete(BASE + "/productOrder/" + id).then().statusCode(412);
        get(id).statusCode(200).body("description", equalTo("a"));
        given().header("If-Match", next).delete(BASE + "/productOrder/" + id).then().statusCode(204);
    }

    /** RFC 9110 13.1.1: If-Match compares strongly, so a weak tag never matches, not even one of the same value. */
    @Test
    void ifMatchUsesTheStrongComparison() {
        String id = createOrder(TWO_ITEMS);
        String etag = get(id).extract().header("ETag");
        assertEquals("\"0\"", etag);
        for (String weak : List.of("W/\"0\"", "w/\"0\"", "\"x\"")) {
            given().contentType(Orders.MERGE).header("If-Match", weak).body("{\"description\":\"weak\"}")
                    .patch(BASE + "/productOrder/" + id).then().statusCode(412)
                    .body("message", equalTo("ProductOrder '" + id + "' has changed (If-Match does not match)"));
            given().header("If-Match", weak).delete(BASE + "/productOrder/" + id).then().statusCode(412)
                    .body("message", equalTo("ProductOrder '" + id + "' has changed (If-Match does not match)"));
        }
        get(id).statusCode(200).header("ETag", etag).body("description", nullValue());
        given().contentType(Orders.MERGE).header("If-Match", "\"7\", W/\"0\", \"0\"").body("{\"description\":\"listed\"}")
                .patch(BASE + "/productOrder/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().contentType(Orders.MERGE).header("If-Match", "*").body("{\"description\":\"any\"}")
                .patch(BASE + "/productOrder/" + id).then().statusCode(200).header("ETag", "\"2\"");
        given().header("If-Match", "\"2\"").delete(BASE + "/productOrder/" + id).then().statusCode(204);
    }

    @Test
    void anItemOnlyChangeMovesTheETag() {
        String id = createOrder(TWO_ITEMS);
        String etag = get(id).extract().header("ETag");
        Orders.setItemState(id, 0, "inProgress").statusCode(200).header("ETag", not(equalTo(etag)));
    }

    @Test
    void concurrentPatchesLoseNoUpdate() throws Exception {
        String id = createOrder(TWO_ITEMS.replace("\"relatedParty\"", "\"note\":[{\"text\":\"start\"}],\"relatedParty\""));
        int writers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String text = "note " + i;
                results.add(pool.submit(() -> jsonPatch(id,
                        "[{\"op\":\"add\",\"path\":\"/note/-\",\"value\":{\"text\":\"" + text + "\"}}]")
                        .extract().statusCode()));
            }
            for (Future<Integer> result : results) {
                assertEquals(200, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        get(id).body("note", hasSize(writers + 1));
    }

    @Test
    void aChangeFiresAttributeValueChangeAndStateChangeEvents() {
        String id = createOrder(TWO_ITEMS);
        merge(id, "{\"description\":\"d\",\"priority\":\"2\"}").statusCode(200);
        TmfEvent change = last(id);
        assertEquals(TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE, change.eventType());
        assertEquals("description,priority", change.fieldPath());
        assertEquals("d", change.resource().get("description").asText());
        assertTrue(change.resource().get("href").asText().endsWith("/productOrder/" + id));

        int before = events.of(id).size();
        Orders.setState(id, "pending").statusCode(200);
        List<String> fired = events.typesOf(id).subList(before, events.of(id).size());
        assertEquals(List.of(TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE, TmfEvent.PRODUCT_ORDER_STATE_CHANGE,
                TmfEvent.PRODUCT_ORDER_INFORMATION_REQUIRED), fired);
        assertEquals("pending", last(id).resource().get("state").asText());
    }

    @Test
    void aDerivedStateChangeFiresAStateChangeEvent() {
        String id = createOrder(Orders.TWO_ITEMS);
        Orders.setState(id, "inProgress").statusCode(200);
        Orders.setItemState(id, 0, "inProgress").statusCode(200);
        Orders.setItemState(id, 1, "inProgress").statusCode(200);
        Orders.setItemState(id, 0, "failed").statusCode(200);
        int before = events.of(id).size();
        Orders.setItemState(id, 1, "failed").statusCode(200).body("state", equalTo("failed"));
        List<TmfEvent> fired = events.of(id).subList(before, events.of(id).size());
        assertEquals(2, fired.size());
        assertEquals(java.util.Set.of("productOrderItem", "state", "completionDate"),
                java.util.Set.of(fired.get(0).fieldPath().split(",")));
        assertEquals(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, fired.get(1).eventType());
        assertEquals("failed", fired.get(1).resource().get("state").asText());
    }

    @Test
    void aPatchThatChangesNothingFiresNothing() {
        String id = createOrder(TWO_ITEMS);
        String etag = get(id).extract().header("ETag");
        int before = events.of(id).size();
        merge(id, "{\"state\":\"acknowledged\"}").statusCode(200).header("ETag", equalTo(etag))
                .body("description", nullValue());
        assertEquals(before, events.of(id).size());
    }

    private TmfEvent last(String id) {
        List<TmfEvent> all = events.of(id);
        return all.get(all.size() - 1);
    }
}
