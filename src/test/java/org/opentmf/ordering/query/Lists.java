package org.opentmf.ordering.query;

import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Test data and list requests for the query tests. The database is shared by every test class, so each test
 * works in a category of its own ({@link #newCategory()}) and every list query it sends includes it.
 */
final class Lists {

    private Lists() {
    }

    static String newCategory() {
        return "qt-" + UUID.randomUUID();
    }

    /** An order in the category; {@code extra} is more first-level JSON members ("" for none), then the items. */
    static ExtractableResponse<Response> create(String category, String extra, String... items) {
        String body = "{\"category\":\"" + category + "\"" + (extra.isEmpty() ? "" : "," + extra)
                + ",\"productOrderItem\":[" + (items.length == 0 ? item("1", "PO-1") : String.join(",", items)) + "]}";
        return json().body(body).post(BASE + "/productOrder").then().statusCode(201).extract();
    }

    static String createId(String category, String extra, String... items) {
        return create(category, extra, items).path("id");
    }

    static String item(String id, String offering) {
        return "{\"id\":\"" + id + "\",\"action\":\"add\",\"productOffering\":{\"id\":\"" + offering + "\"}}";
    }

    /** GET /productOrder with a raw (already encoded) query string. */
    static ValidatableResponse list(String rawQuery) {
        return json().urlEncodingEnabled(false).get(BASE + "/productOrder?" + rawQuery).then();
    }

    /** GET /productOrder with name/value pairs, each form-encoded here. */
    static ValidatableResponse list(String... nameValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            pairs.add(enc(nameValues[i]) + "=" + enc(nameValues[i + 1]));
        }
        return list(String.join("&", pairs));
    }

    /** The ids a query returns (status 200 asserted), in response order. */
    static List<String> ids(String... nameValues) {
        return list(nameValues).statusCode(200).extract().jsonPath().getList("id", String.class);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
