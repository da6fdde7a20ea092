package org.opentmf.ordering.query;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.query.Lists.enc;
import static org.opentmf.ordering.query.Lists.ids;
import static org.opentmf.ordering.query.Lists.list;
import static org.opentmf.ordering.query.Lists.newCategory;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentmf.ordering.testing.OrderingTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile names and values over HTTP: the right orders or a 400, never a 500 and never someone else's rows.
 * Each value is stored in an order of a fresh category, then searched for on a column, a JSON attribute and a
 * JSON path through an array.
 */
@OrderingTest
class ListInjectionTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The unit-test corpus, less what no order can hold (NUL) and what the attribute limits refuse (more than 256 characters in an id, externalId or name). */
    static Stream<String> corpus() {
        return Stream.concat(InjectionTest.CORPUS.stream().filter(v -> v.indexOf('\0') < 0 && v.length() <= 256),
                Stream.of("x".repeat(256), "%%", "100%", "a_b", "\\\\", "\\x00", "' || pg_sleep(5) || '",
                        "\"; } ] $.** ? (@ == \"x\")", "$.relatedParty[*] ? (@.id like_regex \".*\")",
                        "strict $.**", "last", "é", "\uD83D\uDE00\uD83D\uDE00", "1) or (1=1"));
    }

    @ParameterizedTest(name = "value <{index}>")
    @MethodSource("corpus")
    void hostileValuesFindExactlyTheirOrder(String value) throws Exception {
        String cat = newCategory();
        ObjectNode hostile = JSON.createObjectNode().put("category", cat).put("externalId", value).put("description", value);
        hostile.putArray("relatedParty").addObject().put("id", value).put("@referredType", "Individual").put("role", "customer");
        hostile.putArray("productOrderItem").addObject().put("id", "1").put("action", "add")
                .putObject("productOffering").put("id", value);
        String target = json().body(JSON.writeValueAsString(hostile)).post(BASE + "/productOrder").then().statusCode(201)
                .extract().path("id");
        String decoy = Lists.createId(cat, "\"externalId\":\"decoy\",\"description\":\"decoy\",\"relatedParty\":[{\"id\":\"decoy\",\"@referredType\":\"Individual\"}]");

        // a comma splits alternatives: the value as a whole is then not searched for
        Set<String> expected = value.contains(",") ? Set.of() : Set.of(target);
        for (String attribute : List.of("externalId", "description", "relatedParty.id", "productOrderItem.productOffering.id")) {
            assertEquals(expected, Set.copyOf(ids("category", cat, attribute, value)), attribute);
            Set<String> others = value.contains(",") ? Set.of(target, decoy) : Set.of(decoy);
            assertEquals(others, Set.copyOf(ids("category", cat, attribute + ".ne", value)), attribute + ".ne");
            // comparisons with a hostile operand: whatever the order, only this category's orders
            List<String> gte = ids("category", cat, attribute + ".gte", value);
            assertTrue(Set.of(target, decoy).containsAll(gte), attribute + ".gte");
        }
        // as a regex: a valid pattern finds only this category's orders, an invalid one is a 400
        for (String attribute : List.of("externalId.regex", "description.regex", "relatedParty.id.regex")) {
            int status = list("category", cat, attribute, value).statusCode(anyOf(is(200), is(400))).extract().statusCode();
            if (status == 200) {
                assertTrue(Set.of(target, decoy).containsAll(ids("category", cat, attribute, value)), attribute);
            }
        }
        // and the typed attributes refuse it
        for (String attribute : List.of("orderDate.gte", "productOrderItem.quantity.lt", "productOrderItem.product.isBundle")) {
            list("category", cat, attribute, value).statusCode(400).body("@type", equalTo("Error"));
        }
    }

    @ParameterizedTest(name = "name <{index}>")
    @MethodSource("corpus")
    void hostileNamesAreA400(String value) {
        for (String name : List.of(value, "state" + value, "relatedParty." + value, "relatedParty.id." + value,
                "productOrderItem." + value, value + ".id", "state." + value + ".eq")) {
            if (name.isBlank() || Set.of("fields", "offset", "limit", "sort").contains(name)) {
                continue;
            }
            list(enc(name) + "=x").statusCode(400).body("@type", equalTo("Error"));
        }
        list("sort=" + enc(value)).statusCode(value.strip().isEmpty() ? 200 : 400);
        list("fields=" + enc(value)).statusCode(200);
    }

    @ParameterizedTest(name = "raw <{index}>")
    @MethodSource("rawQueries")
    void malformedQueryStringsAreNever500(String rawQuery) throws Exception {
        // sent byte for byte: HTTP clients refuse to send a broken percent-encoding
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("GET " + BASE + "/productOrder?" + rawQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: application/json\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            assertTrue(status.startsWith("HTTP/1.1 200") || status.startsWith("HTTP/1.1 400"), rawQuery + ": " + status);
        }
    }

    static Stream<String> rawQueries() {
        return Stream.of("state=%", "state=%zz", "%=x", "state=%E2%82", "state=%00", "=x", "&&&", "state",
                "state==x", "state=a&&state=b", "relatedParty.id=%27%3B--", "limit=1e3", "offset=0x10", "limit=%20",
                "fields=%00", "sort=%00", "state.regex=%5B", "description.regex=(((((((((((((((((((((((((((((((a",
                "orderDate=2026-01-01T00:00:00%2B99:00", "orderDate=%2B999999999-01-01", "productOrderItem.quantity=1e999999");
    }
}
