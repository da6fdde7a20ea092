package org.opentmf.ordering.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Hostile attribute names are rejected; hostile values only ever reach the bound parameters. */
class InjectionTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> CORPUS = List.of(
            "'", "''", "' OR 1=1 --", "' OR '1'='1", "'; drop table product_order; --", "1; select pg_sleep(10)",
            "\"", "\\", "\\'", "\\\"", "$.x", "$", "$v0", "@", "@>", "@ == @", ") || (", "? (@ > 1)", "?", "?1", ":name",
            "::text", "%", "%25", "_", "*", "like_regex", "/* c */", "--", "E'\\x41'", "{\"a\":1}", "}]", "[",
            "ünïcödé 中文 🙂", "\u202Ecmd", "\u0000", "\n\r\t", "a,b", "'),('", "x".repeat(10_000),
            "${jndi:ldap://x}", "<script>", "true' --", "1e5' --", "0x1F", "NULL", "null");

    static final List<String> VALUE_ATTRIBUTES = List.of(
            "state", "state.ne", "state.gt", "externalId", "@type", "relatedParty.id", "relatedParty.id.ne",
            "relatedParty.name.lt", "description", "description.gte", "billingAccount.name",
            "productOrderItem.action", "productOrderItem.productOffering.id", "productOrderItem.product.name.ne",
            "productOrderItem.product.productCharacteristic.value", "productOrderItem.product.productCharacteristic.value.gte",
            "state.regex", "note.text.regex", "productOrderItem.product.productCharacteristic.value.regex");

    static Stream<Arguments> values() {
        List<Arguments> out = new ArrayList<>();
        for (String attr : VALUE_ATTRIBUTES) {
            for (String v : CORPUS) {
                out.add(Arguments.of(attr, v));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}=<{index}>")
    @MethodSource("values")
    void valuesOnlyInParameters(String attr, String value) {
        boolean regex = attr.endsWith(".regex");
        int alternatives = regex ? 1 : value.split(",", -1).length;
        String benign = String.join(",", Collections.nCopies(alternatives, "benign"));
        SqlCriteria safe = QueryEngine.translate(QueryModels.PRODUCT_ORDER, Map.of(attr, List.of(benign)));
        if (value.indexOf('\0') >= 0) {
            assertEquals("Invalid character (NUL) in value for '" + attr + "'", assertThrows(InvalidQueryException.class,
                    () -> QueryEngine.translate(QueryModels.PRODUCT_ORDER, Map.of(attr, List.of(value)))).getMessage());
            return;
        }
        SqlCriteria c;
        try {
            c = QueryEngine.translate(QueryModels.PRODUCT_ORDER, Map.of(attr, List.of(value)));
        } catch (InvalidQueryException e) {
            assertTrue(regex, "only an invalid regex may be rejected: " + e.getMessage());
            assertThrows(java.util.regex.PatternSyntaxException.class, () -> java.util.regex.Pattern.compile(value),
                    "refused only when it is no regular expression");
            assertEquals(400, e.status());
            assertEquals("Invalid regular expression '" + InvalidQueryException.echo(value) + "' for '" + attr + "'",
                    e.getMessage());
            return;
        }
        // same SQL text as for a harmless value: nothing of the value is in it
        assertEquals(safe.where(), c.where());
        assertEquals(safe.orderBy(), c.orderBy());
        for (String alt : regex ? List.of(value) : List.of(value.split(",", -1))) {
            if (alt.length() >= 3 && !safe.where().contains(alt)) {
                assertFalse(c.where().contains(alt));
            }
            assertTrue(boundStrings(c).contains(alt), "value must be bound: " + attr);
        }
    }

    static Stream<Arguments> typedValues() {
        List<Arguments> out = new ArrayList<>();
        for (String attr : List.of("orderDate", "orderDate.gte", "requestedStartDate.lt", "note.date", "productOrderItem.quantity",
                "productOrderItem.quantity.gt", "productOrderItem.product.isBundle")) {
            for (String v : CORPUS) {
                out.add(Arguments.of(attr, v));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}=<{index}>")
    @MethodSource("typedValues")
    void malformedTypedValuesAreRejected(String attr, String value) {
        assertThrows(InvalidQueryException.class,
                () -> QueryEngine.translate(QueryModels.PRODUCT_ORDER, Map.of(attr, List.of(value))));
    }

    static Stream<String> corpus() {
        return CORPUS.stream();
    }

    @ParameterizedTest(name = "id=<{index}>")
    @MethodSource("corpus")
    void uuidColumnMatchesNothing(String value) {
        if (value.indexOf('\0') >= 0) {
            return; // rejected, see valuesOnlyInParameters
        }
        SqlCriteria c = QueryEngine.translate(QueryModels.PRODUCT_ORDER, Map.of("id", List.of(value)));
        assertEquals("false", c.where());
        assertEquals(List.of(), c.parameters());
    }

    static Stream<String> names() {
        List<String> out = new ArrayList<>();
        for (String v : CORPUS) {
            out.add(v);
            out.add("state" + v);
            out.add("relatedParty." + v);
            out.add("relatedParty.id." + v);
            out.add("productOrderItem." + v);
            out.add(v + ".id");
        }
        out.addAll(List.of("o.state", "state;drop", "state--", "state or 1=1", "relatedParty[*].id", "relatedParty.id ? (@ == 1)",
                "relatedParty.\"id\"", "relatedParty.'id'", "document->>'x'", "1=1", "state)", "(state", "STATE", "state ", " state",
                "relatedParty.id\u0000", "@type'", "@", "@@type", "$.state", "productOrderItem.i.state", "i.state"));
        return out.stream();
    }

    @ParameterizedTest(name = "name=<{index}>")
    @MethodSource("names")
    void hostileNamesAreRejected(String name) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class,
                () -> QueryEngine.translate(QueryModels.PRODUCT_ORDER, Map.of(name, List.of("x"))));
        assertTrue(e.getMessage().length() < 400);
    }

    @ParameterizedTest(name = "sort=<{index}>")
    @MethodSource("corpus")
    void hostileSortKeysAreRejected(String sort) {
        if (sort.strip().isEmpty()) {
            return; // whitespace only: the default sort
        }
        try {
            QueryEngine.translate(QueryModels.PRODUCT_ORDER, Map.of("sort", List.of(sort)));
            fail("accepted sort " + sort);
        } catch (InvalidQueryException expected) {
            // ok
        }
    }

    /** Every string bound, plus every textual leaf of bound JSON documents. */
    static Set<String> boundStrings(SqlCriteria c) {
        Set<String> out = new HashSet<>();
        for (Object p : c.parameters()) {
            if (p instanceof String s) {
                out.add(s);
                try {
                    collect(JSON.readTree(s), out);
                } catch (Exception notJson) {
                    // a plain string (or a jsonpath)
                }
            }
        }
        return out;
    }

    static void collect(JsonNode n, Set<String> out) {
        if (n == null) {
            return;
        }
        if (n.isTextual()) {
            out.add(n.textValue());
        }
        n.forEach(child -> collect(child, out));
    }
}
