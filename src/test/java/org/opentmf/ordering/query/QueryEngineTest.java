package org.opentmf.ordering.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class QueryEngineTest {
    static final QueryModel PO = QueryModels.PRODUCT_ORDER;
    /** A negated filter on items: no item of the order matches. */
    static final String NOT_ITEM = "not exists (select 1 from product_order_item i where i.order_id = o.id and ";

    /** A filter on items: the ids of the orders with a matching item, computed once and looked up by key. */
    static String item(String condition) {
        return "o.id = any (array(select i.order_id from product_order_item i where " + condition + "))";
    }
    static final String UID = "0b7c6c3e-4a51-4d2b-9a39-3c0f5f5a8c11";

    /** name=value pairs, in order; a repeated name appends a value. */
    static Map<String, List<String>> params(String... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
        }
        return m;
    }

    static SqlCriteria tr(String... kv) {
        return QueryEngine.translate(PO, params(kv));
    }

    static OffsetDateTime utc(String s) {
        return OffsetDateTime.parse(s);
    }

    @Test
    void noFilterGivesTrueAndDefaultOrder() {
        SqlCriteria c = QueryEngine.translate(PO, Map.of());
        assertEquals("true", c.where());
        assertEquals("o.order_date desc, o.id desc", c.orderBy());
        assertEquals(List.of(), c.parameters());
    }

    @Test
    void reservedParametersAreIgnored() {
        SqlCriteria c = tr("fields", "id,state", "offset", "10", "limit", "5");
        assertEquals("true", c.where());
    }

    static Stream<Arguments> relational() {
        return Stream.of(
                arguments("state", "acknowledged", "o.state = ?1", List.of("acknowledged")),
                arguments("state.eq", "acknowledged", "o.state = ?1", List.of("acknowledged")),
                arguments("state", "acknowledged,inProgress", "o.state in (?1, ?2)", List.of("acknowledged", "inProgress")),
                arguments("state.ne", "completed", "o.state is distinct from ?1", List.of("completed")),
                arguments("state.ne", "completed,failed", "(o.state is distinct from ?1 and o.state is distinct from ?2)", List.of("completed", "failed")),
                arguments("state.gt", "b", "o.state > ?1", List.of("b")),
                arguments("state.regex", "^in(Pro|Q)", "o.state ~ ?1", List.of("^in(Pro|Q)")),
                arguments("state.regex", "^a{1,3}$", "o.state ~ ?1", List.of("^a{1,3}$")),
                arguments("@type", "ProductOrder", "o.at_type = ?1", List.of("ProductOrder")),
                arguments("externalId", "EXT-1", "o.external_id = ?1", List.of("EXT-1")),
                arguments("category", "", "o.category = ?1", List.of("")),
                arguments("priority.lte", "2", "o.priority <= ?1", List.of("2")),
                arguments("cancellationReason.ne", "x", "o.cancellation_reason is distinct from ?1", List.of("x")),
                arguments("orderDate.gte", "2026-01-31", "o.order_date >= ?1", List.of(utc("2026-01-31T00:00:00Z"))),
                arguments("orderDate.gt", "2026-01-31T10:00:00+02:00", "o.order_date > ?1", List.of(utc("2026-01-31T08:00:00Z"))),
                arguments("orderDate.lt", "2026-01-31T10:00:00 02:00", "o.order_date < ?1", List.of(utc("2026-01-31T08:00:00Z"))),
                arguments("orderDate.lte", "2026-01-31T10:00:00.123Z", "o.order_date <= ?1", List.of(utc("2026-01-31T10:00:00.123Z"))),
                arguments("orderDate", "2026-01-31T10:00:00Z", "o.order_date = ?1", List.of(utc("2026-01-31T10:00:00Z"))),
                arguments("completionDate.gte", "2026-01-01,2026-03-01", "(o.completion_date >= ?1 or o.completion_date >= ?2)",
                        List.of(utc("2026-01-01T00:00:00Z"), utc("2026-03-01T00:00:00Z"))),
                arguments("cancellationDate.ne", "2026-01-01", "o.cancellation_date is distinct from ?1", List.of(utc("2026-01-01T00:00:00Z"))),
                arguments("id", UID, "o.id = ?1", List.of(UUID.fromString(UID))),
                arguments("id", UID + ",nope", "o.id = ?1", List.of(UUID.fromString(UID))),
                arguments("id", "not-a-uuid", "false", List.of()),
                arguments("id.ne", "not-a-uuid", "true", List.of()),
                arguments("id.ne", UID, "o.id is distinct from ?1", List.of(UUID.fromString(UID))),
                arguments("id.regex", "^0b7c", "cast(o.id as text) ~ ?1", List.of("^0b7c")));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("relational")
    void relationalAttributes(String name, String value, String where, List<Object> parameters) {
        SqlCriteria c = tr(name, value);
        assertEquals(where, c.where());
        assertHibernateSafe(c.where());
        assertEquals(parameters, c.parameters());
    }

    static Stream<Arguments> document() {
        String exists = "jsonb_path_exists_tz(o.document, cast(?1 as jsonpath), cast(?2 as jsonb), true)";
        return Stream.of(
                arguments("relatedParty.id", "C-17", "o.document @> cast(?1 as jsonb)",
                        List.of("{\"relatedParty\":[{\"id\":\"C-17\"}]}")),
                arguments("relatedParty.id.eq", "C-17,C-18", "(o.document @> cast(?1 as jsonb) or o.document @> cast(?2 as jsonb))",
                        List.of("{\"relatedParty\":[{\"id\":\"C-17\"}]}", "{\"relatedParty\":[{\"id\":\"C-18\"}]}")),
                arguments("relatedParty.@referredType", "Individual", "o.document @> cast(?1 as jsonb)",
                        List.of("{\"relatedParty\":[{\"@referredType\":\"Individual\"}]}")),
                arguments("relatedParty.id.ne", "C-17", "not (o.document @> cast(?1 as jsonb))",
                        List.of("{\"relatedParty\":[{\"id\":\"C-17\"}]}")),
                arguments("relatedParty.role.ne", "a,b", "not (o.document @> cast(?1 as jsonb) or o.document @> cast(?2 as jsonb))",
                        List.of("{\"relatedParty\":[{\"role\":\"a\"}]}", "{\"relatedParty\":[{\"role\":\"b\"}]}")),
                arguments("billingAccount.id", "BA-1", "o.document @> cast(?1 as jsonb)", List.of("{\"billingAccount\":{\"id\":\"BA-1\"}}")),
                arguments("description", "Fibre", "o.document @> cast(?1 as jsonb)", List.of("{\"description\":\"Fibre\"}")),
                arguments("@baseType", "ProductOrder", "o.document @> cast(?1 as jsonb)", List.of("{\"@baseType\":\"ProductOrder\"}")),
                arguments("channel.name", "web", "o.document @> cast(?1 as jsonb)", List.of("{\"channel\":[{\"name\":\"web\"}]}")),
                arguments("orderTotalPrice.price.taxIncludedAmount.unit", "EUR", "o.document @> cast(?1 as jsonb)",
                        List.of("{\"orderTotalPrice\":[{\"price\":{\"taxIncludedAmount\":{\"unit\":\"EUR\"}}}]}")),
                arguments("orderTotalPrice.price.taxIncludedAmount.value", "12.5", "o.document @> cast(?1 as jsonb)",
                        List.of("{\"orderTotalPrice\":[{\"price\":{\"taxIncludedAmount\":{\"value\":12.5}}}]}")),
                arguments("orderTotalPrice.price.taxIncludedAmount.value.gt", "10", exists,
                        List.of("$.\"orderTotalPrice\"[*].\"price\".\"taxIncludedAmount\".\"value\" ? (@ > $v0)", "{\"v0\":10}")),
                arguments("description.gte", "m", exists, List.of("$.\"description\" ? (@ >= $v0)", "{\"v0\":\"m\"}")),
                arguments("description.lt", "m,n", exists, List.of("$.\"description\" ? (@ < $v0 || @ < $v1)", "{\"v0\":\"m\",\"v1\":\"n\"}")),
                arguments("requestedCompletionDate.lt", "2026-02-01", exists,
                        List.of("$.\"requestedCompletionDate\" ? (@.datetime() < $v0.datetime())", "{\"v0\":\"2026-02-01T00:00:00.000000+00:00\"}")),
                arguments("requestedCompletionDate", "2026-02-01T01:00:00+01:00", exists,
                        List.of("$.\"requestedCompletionDate\" ? (@.datetime() == $v0.datetime())", "{\"v0\":\"2026-02-01T00:00:00.000000+00:00\"}")),
                arguments("requestedStartDate.ne", "2026-02-01", "not " + exists,
                        List.of("$.\"requestedStartDate\" ? (@.datetime() == $v0.datetime())", "{\"v0\":\"2026-02-01T00:00:00.000000+00:00\"}")),
                arguments("note.date.gte", "2026-01-01T00:00:00.5Z", exists,
                        List.of("$.\"note\"[*].\"date\" ? (@.datetime() >= $v0.datetime())", "{\"v0\":\"2026-01-01T00:00:00.500000+00:00\"}")),
                arguments("note.text.regex", "urg(ent)?", "exists (select 1 from jsonb_path_query(o.document, cast(?1 as jsonpath), silent => true) as jq(v)"
                                + " where jsonb_typeof(jq.v) in ('string') and jsonb_build_array(jq.v) ->> 0 ~ ?2)",
                        List.of("$.\"note\"[*].\"text\"", "urg(ent)?")));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("document")
    void documentAttributes(String name, String value, String where, List<Object> parameters) {
        SqlCriteria c = tr(name, value);
        assertEquals(where, c.where());
        assertHibernateSafe(c.where());
        assertEquals(parameters, c.parameters());
    }

    static Stream<Arguments> items() {
        return Stream.of(
                arguments("productOrderItem.action", "add", item("i.action = ?1"), List.of("add")),
                arguments("productOrderItem.id", "1,2", item("i.item_id in (?1, ?2)"), List.of("1", "2")),
                arguments("productOrderItem.state.ne", "completed", NOT_ITEM + "i.state = ?1)", List.of("completed")),
                arguments("productOrderItem.productOffering.id", "PO-1", item("i.product_offering_id = ?1"), List.of("PO-1")),
                arguments("productOrderItem.productOffering.name", "Fibre", item("i.document @> cast(?1 as jsonb)"),
                        List.of("{\"productOffering\":{\"name\":\"Fibre\"}}")),
                arguments("productOrderItem.product.id", "P-1", item("i.document @> cast(?1 as jsonb)"), List.of("{\"product\":{\"id\":\"P-1\"}}")),
                arguments("productOrderItem.product.productCharacteristic.name", "specialHandling", item("i.document @> cast(?1 as jsonb)"),
                        List.of("{\"product\":{\"productCharacteristic\":[{\"name\":\"specialHandling\"}]}}")),
                arguments("productOrderItem.product.productCharacteristic.value", "10", item("(i.document @> cast(?1 as jsonb) or i.document @> cast(?2 as jsonb))"),
                        List.of("{\"product\":{\"productCharacteristic\":[{\"value\":\"10\"}]}}", "{\"product\":{\"productCharacteristic\":[{\"value\":10}]}}")),
                arguments("productOrderItem.product.productCharacteristic.value", "true", item("(i.document @> cast(?1 as jsonb) or i.document @> cast(?2 as jsonb))"),
                        List.of("{\"product\":{\"productCharacteristic\":[{\"value\":\"true\"}]}}", "{\"product\":{\"productCharacteristic\":[{\"value\":true}]}}")),
                arguments("productOrderItem.product.productCharacteristic.value.gt", "5", item("jsonb_path_exists_tz(i.document, cast(?1 as jsonpath), cast(?2 as jsonb), true)"),
                        List.of("$.\"product\".\"productCharacteristic\"[*].\"value\" ? (@ > $v0)", "{\"v0\":5}")),
                arguments("productOrderItem.product.isBundle", "true", item("i.document @> cast(?1 as jsonb)"), List.of("{\"product\":{\"isBundle\":true}}")),
                arguments("productOrderItem.quantity", "2", item("i.document @> cast(?1 as jsonb)"), List.of("{\"quantity\":2}")),
                arguments("productOrderItem.quantity.gte", "2", item("jsonb_path_exists_tz(i.document, cast(?1 as jsonpath), cast(?2 as jsonb), true)"),
                        List.of("$.\"quantity\" ? (@ >= $v0)", "{\"v0\":2}")),
                arguments("productOrderItem.qualification.id", "Q-1", item("i.document @> cast(?1 as jsonb)"), List.of("{\"qualification\":[{\"id\":\"Q-1\"}]}")),
                arguments("productOrderItem.product.relatedParty.id", "C-1", item("i.document @> cast(?1 as jsonb)"),
                        List.of("{\"product\":{\"relatedParty\":[{\"id\":\"C-1\"}]}}")),
                arguments("productOrderItem.product.product.productCharacteristic.name", "n", item("i.document @> cast(?1 as jsonb)"),
                        List.of("{\"product\":{\"product\":[{\"productCharacteristic\":[{\"name\":\"n\"}]}]}}")),
                arguments("productOrderItem.itemPrice.price.dutyFreeAmount.value.lt", "100", item("jsonb_path_exists_tz(i.document, cast(?1 as jsonpath), cast(?2 as jsonb), true)"),
                        List.of("$.\"itemPrice\"[*].\"price\".\"dutyFreeAmount\".\"value\" ? (@ < $v0)", "{\"v0\":100}")),
                arguments("productOrderItem.product.name.regex", "^Fib", item("exists (select 1 from jsonb_path_query(i.document, cast(?1 as jsonpath), silent => true) as jq(v)"
                                + " where jsonb_typeof(jq.v) in ('string') and jsonb_build_array(jq.v) ->> 0 ~ ?2)"),
                        List.of("$.\"product\".\"name\"", "^Fib")));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("items")
    void itemAttributes(String name, String value, String where, List<Object> parameters) {
        SqlCriteria c = tr(name, value);
        assertEquals(where, c.where());
        assertHibernateSafe(c.where());
        assertEquals(parameters, c.parameters());
    }

    /** Hibernate native SQL: no ':name' parameters, no bare JDBC '?', no '{alias}' placeholders outside bound values. */
    static void assertHibernateSafe(String sql) {
        assertTrue(!sql.contains(":") && !sql.contains("{") && !sql.contains("}") && !sql.matches("(?s).*\\?(?![0-9]).*"), sql);
    }

    @Test
    void aLoneItemFilterIsOfferedAsAConditionOnTheItemsAlone() {
        SqlCriteria c = tr("productOrderItem.productOffering.id", "PO-1,PO-2");
        assertEquals(new SqlCriteria.ChildFilter("product_order_item", "i", "i.order_id", "i.product_offering_id in (?1, ?2)"),
                c.childOnly());
        assertEquals(List.of("PO-1", "PO-2"), c.parameters());
    }

    @Test
    void otherFiltersNeedTheOrders() {
        assertEquals(null, tr("productOrderItem.state.ne", "completed").childOnly(), "a negation needs the orders");
        assertEquals(null, tr("productOrderItem.action", "add", "state", "completed").childOnly(), "so does a second filter");
        assertEquals(null, tr("state", "completed").childOnly());
    }

    @Test
    void severalParametersAreAndedAndNumberedInOrder() {
        SqlCriteria c = tr("state", "acknowledged,inProgress", "relatedParty.id", "C-17", "orderDate.gte", "2026-01-01",
                "orderDate.lt", "2026-02-01", "productOrderItem.action", "add");
        assertEquals("o.state in (?1, ?2) and o.document @> cast(?3 as jsonb) and o.order_date >= ?4 and o.order_date < ?5 and "
                + item("i.action = ?6"), c.where());
        assertEquals(List.of("acknowledged", "inProgress", "{\"relatedParty\":[{\"id\":\"C-17\"}]}",
                utc("2026-01-01T00:00:00Z"), utc("2026-02-01T00:00:00Z"), "add"), c.parameters());
    }

    @Test
    void repeatedParameterIsAnded() {
        SqlCriteria c = tr("state", "a", "state", "b", "relatedParty.id", "x", "relatedParty.id", "y");
        assertEquals("o.state = ?1 and o.state = ?2 and o.document @> cast(?3 as jsonb) and o.document @> cast(?4 as jsonb)", c.where());
    }

    @Test
    void firstIndexShiftsPlaceholders() {
        SqlCriteria c = QueryEngine.translate(PO, params("state", "a,b", "relatedParty.id", "x"), 3);
        assertEquals("o.state in (?3, ?4) and o.document @> cast(?5 as jsonb)", c.where());
        assertEquals(3, c.parameters().size());
    }

    @Test
    void boundTypes() {
        List<Object> p = tr("id", UID, "orderDate", "2026-01-01", "state", "x", "relatedParty.id", "y").parameters();
        assertTrue(p.get(0) instanceof UUID);
        assertTrue(p.get(1) instanceof OffsetDateTime);
        assertTrue(p.get(2) instanceof String);
        assertTrue(p.get(3) instanceof String);
    }

    static Stream<Arguments> sorts() {
        return Stream.of(
                arguments("orderDate", "o.order_date asc, o.id asc"),
                arguments("-orderDate", "o.order_date desc, o.id desc"),
                arguments("orderDate,-priority", "o.order_date asc, o.priority desc nulls last, o.id desc"),
                arguments("-priority,orderDate", "o.priority desc nulls last, o.order_date asc, o.id asc"),
                arguments(" orderDate", "o.order_date asc, o.id asc"), // '+orderDate' with the + decoded to a space
                arguments("+state", "o.state asc, o.id asc"),
                arguments("id", "o.id asc"),
                arguments("-id", "o.id desc"),
                arguments("@type,completionDate", "o.at_type asc, o.completion_date asc nulls last, o.id asc"),
                arguments("-description", "o.document ->> 'description' desc nulls last, o.id desc"),
                arguments("requestedCompletionDate", "cast(jsonb_build_array(jsonb_path_query_first(o.document, "
                        + "'$.\"requestedCompletionDate\".datetime()', silent => true)) ->> 0 as timestamptz) asc nulls last, o.id asc"),
                arguments("state,state", "o.state asc, o.id asc"),
                arguments("", "o.order_date desc, o.id desc"));
    }

    @ParameterizedTest(name = "sort={0}")
    @MethodSource("sorts")
    void sort(String sort, String orderBy) {
        SqlCriteria c = tr("sort", sort);
        assertEquals(orderBy, c.orderBy());
        assertEquals("true", c.where());
        assertTrue(!c.orderBy().contains("?") && !c.orderBy().contains(":"), "no Hibernate-sensitive characters");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                arguments("foo", "x", "Unknown attribute 'foo' in query"),
                arguments("foo.gte", "x", "Unknown attribute 'foo' in query"),
                arguments("relatedParty.foo", "x", "Unknown attribute 'relatedParty.foo' in query"),
                arguments("relatedParty.id.foo", "x", "Unknown operator 'foo' on 'relatedParty.id'"),
                arguments("orderDate.gtx", "2026-01-01", "Unknown operator 'gtx' on 'orderDate'"),
                arguments("state.like", "x", "Unknown operator 'like' on 'state'"),
                arguments("State", "x", "Unknown attribute 'State' in query"),
                arguments("specialHandling", "true", "Unknown attribute 'specialHandling' in query"),
                arguments("document", "x", "Unknown attribute 'document' in query"),
                arguments("order_date", "x", "Unknown attribute 'order_date' in query"),
                arguments("relatedParty..id", "x", "Unknown attribute 'relatedParty..id' in query"),
                arguments(".state", "x", "Unknown attribute '.state' in query"),
                arguments("state.", "x", "Unknown attribute 'state.' in query"),
                arguments("eq", "x", "Unknown attribute 'eq' in query"),
                arguments("state.eq.eq", "x", "Unknown attribute 'state.eq' in query"),
                arguments("relatedParty", "x", "Attribute 'relatedParty' is an object: filter on one of its attributes (e.g. 'relatedParty.id')"),
                arguments("billingAccount.ne", "x", "Attribute 'billingAccount' is an object: filter on one of its attributes (e.g. 'billingAccount.id')"),
                arguments("productOrderItem", "x", "Attribute 'productOrderItem' is a list of objects: filter on one of its attributes (e.g. 'productOrderItem.id')"),
                arguments("productOrderItem.productOrderItem.id", "x", "Attribute 'productOrderItem.productOrderItem' is not queryable: nested items are rows of their own: query 'productOrderItem.<attribute>', which matches items at any depth"),
                arguments("productOrderItem.foo", "x", "Unknown attribute 'productOrderItem.foo' in query"),
                arguments("productOrderItem.product.productCharacteristic.value.x", "x", "Unknown operator 'x' on 'productOrderItem.product.productCharacteristic.value'"),
                arguments("href", "x", "Attribute 'href' is not queryable: it is computed from the id: query 'id'"),
                arguments("orderDate.gte", "2026-13-01", "Invalid date-time '2026-13-01' for 'orderDate.gte' (expected ISO-8601 with offset, e.g. 2026-01-31T10:00:00Z, or a date, e.g. 2026-01-31)"),
                arguments("orderDate", "yesterday", "Invalid date-time 'yesterday' for 'orderDate' (expected ISO-8601 with offset, e.g. 2026-01-31T10:00:00Z, or a date, e.g. 2026-01-31)"),
                arguments("orderDate", "2026-01-31T10:00:00", "Invalid date-time '2026-01-31T10:00:00' for 'orderDate' (expected ISO-8601 with offset, e.g. 2026-01-31T10:00:00Z, or a date, e.g. 2026-01-31)"),
                arguments("note.date.lt", "2026-01-31T25:00:00Z", "Invalid date-time '2026-01-31T25:00:00Z' for 'note.date.lt' (expected ISO-8601 with offset, e.g. 2026-01-31T10:00:00Z, or a date, e.g. 2026-01-31)"),
                arguments("productOrderItem.quantity", "two", "Invalid number 'two' for 'productOrderItem.quantity'"),
                arguments("productOrderItem.quantity.gt", "1e99999", "Invalid number '1e99999' for 'productOrderItem.quantity.gt'"),
                arguments("productOrderItem.product.isBundle", "yes", "Invalid boolean 'yes' for 'productOrderItem.product.isBundle' (true or false)"),
                arguments("productOrderItem.product.isBundle.gt", "true", "Operator 'gt' is not supported on 'productOrderItem.product.isBundle' (boolean)"),
                arguments("orderDate.regex", "2026", "Operator 'regex' is not supported on 'orderDate' (date-time)"),
                arguments("note.date.regex", "2026", "Operator 'regex' is not supported on 'note.date' (date-time)"),
                arguments("productOrderItem.quantity.regex", "1", "Operator 'regex' is not supported on 'productOrderItem.quantity' (integer)"),
                arguments("id.gt", UID, "Operator 'gt' is not supported on 'id' (uuid)"),
                arguments("state.regex", "(unclosed", "Invalid regular expression '(unclosed' for 'state.regex'"),
                arguments("note.text.regex", "[a-", "Invalid regular expression '[a-' for 'note.text.regex'"),
                arguments("sort", "foo", "Unknown sort attribute 'foo'"),
                arguments("sort", "orderDate,-note", "Unknown sort attribute 'note'"),
                arguments("sort", "relatedParty.id", "Unknown sort attribute 'relatedParty.id'"),
                arguments("sort", "--orderDate", "Unknown sort attribute '-orderDate'"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("errors")
    void invalidQueries(String name, String value, String message) {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> tr(name, value));
        assertEquals(message, e.getMessage());
    }

    @Test
    void tooManyValues() {
        String many = String.join(",", java.util.Collections.nCopies(QueryEngine.MAX_VALUES + 1, "x"));
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> tr("state", many));
        assertEquals("Too many query values (at most 200)", e.getMessage());
    }

    @Test
    void longNamesAreTruncatedInMessages() {
        String name = "x".repeat(5000);
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> tr(name, "v"));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    void everyFirstLevelProductOrderAttributeIsQueryableOrExplained() {
        for (JsonSchema.Field f : Tmf622Schema.V4.type("ProductOrder").fields().values()) {
            String path = f.isScalar() ? f.name() : f.name() + (f.name().equals("productOrderItem") ? ".id" : ".@type");
            if (f.name().equals("href")) {
                assertThrows(InvalidQueryException.class, () -> tr(path, "x"));
            } else {
                String value = f.scalarType() == ValueType.DATE_TIME ? "2026-01-01" : "x";
                String where = tr(path, value).where();
                assertTrue(where.equals("false") || where.startsWith("o.") || where.startsWith("jsonb_path_exists_tz(o.document") || where.startsWith("exists"), path + " -> " + where);
            }
        }
    }

    @Test
    void numbersKeepTheirValue() {
        SqlCriteria c = tr("productOrderItem.quantity", "1.50");
        assertEquals(List.of("{\"quantity\":1.50}"), c.parameters(), "1.50 stays 1.50, not 1.5 (no double on the way)");
    }

    @Test
    void parseQueryString() {
        Map<String, List<String>> p = QueryEngine.parseQueryString("?state=acknowledged,inProgress&orderDate.gte=2026-01-01T00%3A00%3A00%2B02%3A00&state=x&empty");
        assertEquals(Map.of("state", List.of("acknowledged,inProgress", "x"), "orderDate.gte", List.of("2026-01-01T00:00:00+02:00"),
                "empty", List.of("")), p);
        assertEquals("Malformed query string: bad percent-encoding",
                assertThrows(InvalidQueryException.class, () -> QueryEngine.parseQueryString("a=%zz")).getMessage());
    }

    @Test
    void queryStringsDecodeLikeARequestUri() {
        assertEquals(Map.of("note.text", List.of("a;b c+d")), QueryStrings.decode("note.text=a;b+c%2Bd"),
                "';' is an ordinary character, '+' a space, %2B a plus");
        assertEquals(Map.of("externalId.regex", List.of("^EXT-(1|2)$")), QueryStrings.decode("externalId.regex=%5EEXT-(1%7C2)%24"));
        assertEquals("Malformed query string: '#' must be percent-encoded (%23)",
                assertThrows(InvalidQueryException.class, () -> QueryStrings.decode("note.text=a#b")).getMessage(),
                "a fragment would silently drop the rest of the query");
        assertEquals(Map.of(), QueryStrings.decode(" "));
    }

    /**
     * JDBC callers (the event dispatcher) bind the values by position, so every placeholder must appear in the
     * SQL in the order its value was bound: rendered positionally, each query is its numbered rendering with the
     * numbers taken away, and the numbers run 1, 2, 3... from left to right.
     */
    @Test
    void positionalPlaceholdersAreTheNumberedOnesInOrder() {
        List<Arguments> all = new ArrayList<>();
        relational().forEach(all::add);
        document().forEach(all::add);
        items().forEach(all::add);
        all.add(arguments("productOrderItem.state.ne", "a,b", null, null));
        for (Arguments a : all) {
            Map<String, List<String>> p = params((String) a.get()[0], (String) a.get()[1], "state.ne", "x,y",
                    "note.date.gte", "2026-01-01", "relatedParty.id", "C-1");
            SqlCriteria numbered = QueryEngine.translate(PO, p, Placeholders.numberedFrom(1));
            SqlCriteria positional = QueryEngine.translate(PO, p, Placeholders.positional());
            assertEquals(numbered.where().replaceAll("\\?\\d+", "?"), positional.where(), a.get()[0].toString());
            assertEquals(numbered.parameters(), positional.parameters());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?(\\d+)").matcher(numbered.where());
            int expected = 1;
            while (m.find()) {
                assertEquals(expected++, Integer.parseInt(m.group(1)), numbered.where());
            }
            assertEquals(numbered.parameters().size(), expected - 1);
        }
    }
}
