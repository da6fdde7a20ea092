package org.opentmf.ordering.query;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.query.Lists.createId;
import static org.opentmf.ordering.query.Lists.ids;
import static org.opentmf.ordering.query.Lists.item;
import static org.opentmf.ordering.query.Lists.list;
import static org.opentmf.ordering.query.Lists.newCategory;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** GET /productOrder filters over HTTP: every operator, on columns and on JSON paths, OR and AND. */
@OrderingTest
class ListFilterTest {

    static Set<String> set(String... ids) {
        return Set.of(ids);
    }

    static Set<String> found(String... nameValues) {
        List<String> ids = ids(nameValues);
        Set<String> out = new HashSet<>(ids);
        assertEquals(ids.size(), out.size(), "an order listed twice");
        return out;
    }

    @Test
    void everyOperatorOnAColumn() {
        String cat = newCategory();
        String p1 = createId(cat, "\"priority\":\"1\",\"externalId\":\"EXT-a1\"");
        String p2 = createId(cat, "\"priority\":\"2\",\"externalId\":\"EXT-b2\"");
        String p3 = createId(cat, "\"priority\":\"3\",\"externalId\":\"ext-c3\"");
        String none = createId(cat, "");
        assertEquals(set(p2), found("category", cat, "priority", "2"));
        assertEquals(set(p2), found("category", cat, "priority.eq", "2"));
        // ne keeps orders without a priority: "not equal", not "has another value"
        assertEquals(set(p1, p3, none), found("category", cat, "priority.ne", "2"));
        assertEquals(set(p3), found("category", cat, "priority.gt", "2"));
        assertEquals(set(p2, p3), found("category", cat, "priority.gte", "2"));
        assertEquals(set(p1), found("category", cat, "priority.lt", "2"));
        assertEquals(set(p1, p2), found("category", cat, "priority.lte", "2"));
        assertEquals(set(p1, p2), found("category", cat, "externalId.regex", "^EXT-[ab]"));
        assertEquals(set(p3), found("category", cat, "externalId.regex", "c3$"));
        assertEquals(set(p1, p2, p3, none), found("category.regex", "^" + cat + "$"));
    }

    @Test
    void anItemFilterAloneCountsEachOrderOnceAndListsItNewestFirst() {
        String cat = newCategory();
        String offering = "PO-" + cat; // unique: the filter is the only one, as a client would send it
        ExtractableResponse<Response> twoItems = Lists.create(cat, "", item("1", offering), item("2", offering));
        ExtractableResponse<Response> oneItem = Lists.create(cat, "", item("1", offering), item("2", "PO-other"));
        createId(cat, "", item("1", "PO-other"));
        // the default order: newest first, then id (two orders may share a millisecond)
        Comparator<ExtractableResponse<Response>> newestFirst = Comparator
                .comparing((ExtractableResponse<Response> r) -> OffsetDateTime.parse(r.<String>path("orderDate")))
                .thenComparing(r -> r.<String>path("id")) // PostgreSQL orders uuids as their hex text
                .reversed();
        List<String> expected = Stream.of(twoItems, oneItem).sorted(newestFirst).map(r -> r.<String>path("id")).toList();

        list("productOrderItem.productOffering.id", offering).statusCode(200)
                .header("X-Total-Count", "2")
                .header("X-Result-Count", "2")
                .body("id", equalTo(expected));
        list("productOrderItem.productOffering.id", offering, "limit", "1", "offset", "1").statusCode(200)
                .header("X-Total-Count", "2")
                .body("id", equalTo(expected.subList(1, 2)));
        list("productOrderItem.productOffering.id", offering, "sort", "orderDate").statusCode(200)
                .body("id", equalTo(List.of(expected.get(1), expected.get(0))));
        list("productOrderItem.productOffering.id", offering, "fields", "state").statusCode(200)
                .body("id", equalTo(expected))
                .body("state", equalTo(List.of("acknowledged", "acknowledged")));
    }

    @Test
    void orderDateIsComparedAsAnInstantWhateverTheOffset() {
        String cat = newCategory();
        ExtractableResponse<Response> created = Lists.create(cat, "");
        String id = created.path("id");
        OffsetDateTime at = OffsetDateTime.parse(created.<String>path("orderDate"));
        OffsetDateTime plus2 = at.withOffsetSameInstant(ZoneOffset.ofHours(2));
        OffsetDateTime minus5 = at.withOffsetSameInstant(ZoneOffset.ofHours(-5));
        assertEquals(set(id), found("category", cat, "orderDate", at.toString()));
        assertEquals(set(id), found("category", cat, "orderDate", plus2.toString()));
        assertEquals(set(id), found("category", cat, "orderDate.gte", minus5.toString()));
        assertEquals(set(id), found("category", cat, "orderDate.lte", plus2.toString()));
        assertEquals(set(), found("category", cat, "orderDate.gt", plus2.toString()));
        assertEquals(set(), found("category", cat, "orderDate.lt", minus5.toString()));
        assertEquals(set(), found("category", cat, "orderDate.ne", minus5.toString()));
        assertEquals(set(id), found("category", cat, "orderDate.gt", plus2.minusNanos(1_000_000).toString()));
        // a date alone is midnight UTC of that day
        String day = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString();
        String nextDay = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().plusDays(1).toString();
        assertEquals(set(id), found("category", cat, "orderDate.gte", day, "orderDate.lt", nextDay));
        assertEquals(set(), found("category", cat, "orderDate.lt", day));
        // an unencoded '+' arrives as a space and still means the offset
        list("category=" + cat + "&orderDate=" + plus2.toString()).statusCode(200)
                .body("id", equalTo(List.of(id)));
    }

    @Test
    void jsonDatesAreComparedAsInstantsNotAsText() {
        String cat = newCategory();
        // 10:00+02:00 is 08:00Z: earlier than 09:00Z although its text sorts after it
        String early = createId(cat, "\"requestedStartDate\":\"2030-01-01T10:00:00+02:00\"");
        String late = createId(cat, "\"requestedStartDate\":\"2030-01-01T09:00:00Z\"");
        String without = createId(cat, "");
        assertEquals(set(late), found("category", cat, "requestedStartDate.gt", "2030-01-01T08:30:00Z"));
        assertEquals(set(early), found("category", cat, "requestedStartDate.lt", "2030-01-01T04:30:00-04:00"));
        assertEquals(set(early), found("category", cat, "requestedStartDate", "2030-01-01T08:00:00Z"));
        assertEquals(set(early, late), found("category", cat, "requestedStartDate.gte", "2030-01-01"));
        assertEquals(set(early, late), found("category", cat, "requestedStartDate.lte", "2030-01-01T09:00:00.000Z"));
        assertEquals(set(late, without), found("category", cat, "requestedStartDate.ne", "2030-01-01T08:00:00Z"));
        assertEquals(List.of(early, late, without), ids("category", cat, "sort", "requestedStartDate"));
    }

    @Test
    void jsonNumbersAreComparedAsNumbersNotAsText() {
        String cat = newCategory();
        String nine = createId(cat, "", "{\"id\":\"1\",\"action\":\"add\",\"quantity\":9,\"productOffering\":{\"id\":\"PO-1\"}}");
        String ten = createId(cat, "", "{\"id\":\"1\",\"action\":\"add\",\"quantity\":10,\"productOffering\":{\"id\":\"PO-1\"}}");
        String hundred = createId(cat, "", "{\"id\":\"1\",\"action\":\"add\",\"quantity\":100,\"productOffering\":{\"id\":\"PO-1\"}}");
        assertEquals(set(ten, hundred), found("category", cat, "productOrderItem.quantity.gt", "9"));
        assertEquals(set(nine, ten), found("category", cat, "productOrderItem.quantity.lte", "10"));
        assertEquals(set(nine), found("category", cat, "productOrderItem.quantity.lt", "10"));
        assertEquals(set(ten, hundred), found("category", cat, "productOrderItem.quantity.gte", "10.0"));
        assertEquals(set(ten), found("category", cat, "productOrderItem.quantity", "10"));
        assertEquals(set(nine, hundred), found("category", cat, "productOrderItem.quantity.ne", "10"));
        String price = "\"orderTotalPrice\":[{\"priceType\":\"recurring\",\"price\":{\"taxIncludedAmount\":{\"unit\":\"EUR\",\"value\":%s}}}]";
        String cheap = createId(cat, price.formatted("9.5"));
        String dear = createId(cat, price.formatted("120"));
        assertEquals(set(dear), found("category", cat, "orderTotalPrice.price.taxIncludedAmount.value.gt", "10"));
        assertEquals(set(cheap), found("category", cat, "orderTotalPrice.price.taxIncludedAmount.value.lt", "1E1"));
    }

    @Test
    void everyOperatorOnAJsonString() {
        String cat = newCategory();
        String apple = createId(cat, "\"description\":\"apple\"");
        String banana = createId(cat, "\"description\":\"banana\"");
        String cherry = createId(cat, "\"description\":\"cherry pie\"");
        String none = createId(cat, "");
        assertEquals(set(banana), found("category", cat, "description", "banana"));
        assertEquals(set(banana), found("category", cat, "description.eq", "banana"));
        assertEquals(set(apple, cherry, none), found("category", cat, "description.ne", "banana"));
        assertEquals(set(banana, cherry), found("category", cat, "description.gt", "apple"));
        assertEquals(set(apple, banana, cherry), found("category", cat, "description.gte", "apple"));
        assertEquals(set(apple), found("category", cat, "description.lt", "banana"));
        assertEquals(set(apple, banana), found("category", cat, "description.lte", "banana"));
        assertEquals(set(cherry), found("category", cat, "description.regex", "^cherry"));
        assertEquals(set(apple, banana), found("category", cat, "description.regex", "^(apple|banana)$"));
    }

    @Test
    void nestedPathsGoThroughArrays() {
        String cat = newCategory();
        String party = "\"relatedParty\":[{\"id\":\"%s\",\"@referredType\":\"Individual\",\"role\":\"customer\"},{\"id\":\"%s\",\"@referredType\":\"Organization\",\"role\":\"seller\",\"name\":\"%s\"}]";
        String a = createId(cat, party.formatted("C-1", "S-1", "Anna"), item("1", "PO-A"), item("2", "PO-B"));
        String b = createId(cat, party.formatted("C-2", "S-1", "Bob"), item("1", "PO-B"));
        // a bespoke item (no offering) without feasibility assessment: issuance adds specialHandling to its product
        String bespoke = createId(cat, party.formatted("C-3", "S-2", "Carl"), item("1", "PO-C"),
                "{\"id\":\"2\",\"action\":\"add\",\"product\":{\"name\":\"custom fibre\",\"productCharacteristic\":"
                        + "[{\"name\":\"colour\",\"value\":\"red\"}]}}");
        assertEquals(set(a), found("category", cat, "relatedParty.id", "C-1"));
        assertEquals(set(a, b), found("category", cat, "relatedParty.id", "S-1"));
        assertEquals(set(bespoke), found("category", cat, "relatedParty.id.ne", "S-1"));
        assertEquals(set(a, b, bespoke), found("category", cat, "relatedParty.role", "seller"));
        assertEquals(set(b), found("category", cat, "relatedParty.name.regex", "^B"));
        assertEquals(set(a, b), found("category", cat, "productOrderItem.productOffering.id", "PO-B"));
        assertEquals(set(a), found("category", cat, "productOrderItem.productOffering.id", "PO-A"));
        assertEquals(set(bespoke), found("category", cat, "productOrderItem.productOffering.id.ne", "PO-B"));
        assertEquals(set(bespoke), found("category", cat, "productOrderItem.product.productCharacteristic.name", "specialHandling"));
        assertEquals(set(bespoke), found("category", cat, "productOrderItem.product.productCharacteristic.value", "true"));
        assertEquals(set(bespoke), found("category", cat, "productOrderItem.product.productCharacteristic.value", "red"));
        assertEquals(set(bespoke), found("category", cat, "productOrderItem.product.name.regex", "fibre"));
        assertEquals(set(a, b), found("category", cat,
                "productOrderItem.product.productCharacteristic.name.ne", "specialHandling"));
        assertEquals(set(a, b, bespoke), found("category", cat, "productOrderItem.state", "acknowledged"));
        assertEquals(set(a), found("category", cat, "productOrderItem.id", "2", "productOrderItem.productOffering.id", "PO-A"));
    }

    @Test
    void typeIsQueryable() {
        String cat = newCategory();
        String plain = createId(cat, "");
        assertEquals(set(plain), found("category", cat, "@type", "ProductOrder"));
        assertEquals(set(), found("category", cat, "@type", "CancelProductOrder"));
        assertEquals(set(plain), found("category", cat, "@type.ne", "CancelProductOrder"));
    }

    @Test
    void commasMeanOrAndSeveralParametersMeanAnd() {
        String cat = newCategory();
        String p1 = createId(cat, "\"priority\":\"1\",\"relatedParty\":[{\"id\":\"X\",\"@referredType\":\"Individual\"}]");
        String p2 = createId(cat, "\"priority\":\"2\",\"relatedParty\":[{\"id\":\"Y\",\"@referredType\":\"Individual\"}]");
        String p3 = createId(cat, "\"priority\":\"3\",\"relatedParty\":[{\"id\":\"X\",\"@referredType\":\"Individual\"}]");
        assertEquals(set(p1, p2), found("category", cat, "priority", "1,2"));
        assertEquals(set(p3), found("category", cat, "priority.ne", "1,2"));
        assertEquals(set(p1, p2, p3), found("category", cat, "relatedParty.id", "X,Y"));
        assertEquals(set(p1, p3), found("category", cat, "relatedParty.id", "X", "priority.gte", "1"));
        assertEquals(set(p3), found("category", cat, "relatedParty.id", "X", "priority", "2,3"));
        // a repeated parameter is AND too: a range, or two equalities nothing satisfies at once
        assertEquals(set(p2), found("category", cat, "priority.gt", "1", "priority.lt", "3"));
        assertEquals(set(), found("category", cat, "priority", "1", "priority", "2"));
        assertEquals(set(p2), found("category", cat, "priority", "1,2", "priority", "2,3"));
        // a comma inside a regex is part of the pattern
        assertEquals(set(p1, p2), found("category", cat, "priority.regex", "^[1,2]$"));
    }
}
