package org.opentmf.ordering.issuance;

import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** Reads what issuance made of an order: the order itself and its initiating-request record. */
final class Issued {

    private Issued() {
    }

    static JsonPath order(String id) {
        return json().get(BASE + "/productOrder/" + id).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath record(String id) {
        return json().get(BASE + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200).extract()
                .jsonPath();
    }

    /** The record's entry for one item. */
    static Map<String, Object> recordItem(JsonPath record, String itemId) {
        List<Map<String, Object>> items = record.getList("items");
        return items.stream().filter(i -> itemId.equals(i.get("itemId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no record item " + itemId + " in " + items));
    }

    /** The special-handling notes of an order. */
    static List<Map<String, Object>> specialHandlingNotes(JsonPath order) {
        List<Map<String, Object>> notes = order.getList("note");
        return notes == null ? List.of()
                : notes.stream().filter(n -> "SpecialHandlingNote".equals(n.get("@type"))).toList();
    }

    /** The characteristics named specialHandling of the item at the given path (e.g. productOrderItem[0]). */
    static List<Map<String, Object>> specialHandlingCharacteristics(JsonPath order, String itemPath) {
        List<Map<String, Object>> characteristics = order.getList(itemPath + ".product.productCharacteristic");
        return characteristics == null ? List.of()
                : characteristics.stream().filter(c -> "specialHandling".equals(c.get("name"))).toList();
    }
}
