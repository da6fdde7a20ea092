package org.opentmf.ordering.query;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.query.Lists.createId;
import static org.opentmf.ordering.query.Lists.ids;
import static org.opentmf.ordering.query.Lists.list;
import static org.opentmf.ordering.query.Lists.newCategory;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Sorting, attribute selection and the paging headers of GET /productOrder. */
@OrderingTest
class ListPagingTest {

    static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"([a-z]+)\"");

    /** rel -> URL of an RFC 8288 Link header. */
    static Map<String, String> links(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = LINK.matcher(header == null ? "" : header);
        while (m.find()) {
            out.put(m.group(2), m.group(1));
        }
        return out;
    }

    static List<String> createOrders(String cat, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(createId(cat, "\"priority\":\"" + (i % 3) + "\""));
        }
        return ids;
    }

    @Test
    void defaultOrderIsNewestFirstThenIdAndPagesNeverRepeatOrSkip() {
        String cat = newCategory();
        Set<String> created = new HashSet<>(createOrders(cat, 7));
        JsonPath all = list("category", cat, "limit", "100").statusCode(200).extract().jsonPath();
        List<String> ids = all.getList("id", String.class);
        List<String> dates = all.getList("orderDate", String.class);
        assertEquals(created, new HashSet<>(ids));
        for (int i = 1; i < ids.size(); i++) {
            int byDate = OffsetDateTime.parse(dates.get(i - 1)).compareTo(OffsetDateTime.parse(dates.get(i)));
            assertTrue(byDate > 0 || byDate == 0 && ids.get(i - 1).compareTo(ids.get(i)) > 0, "not newest first, then id: " + ids);
        }
        for (int limit : new int[] {1, 2, 3}) {
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < 7; offset += limit) {
                paged.addAll(ids("category", cat, "offset", String.valueOf(offset), "limit", String.valueOf(limit)));
            }
            assertEquals(ids, paged, "limit " + limit);
        }
    }

    @Test
    void sortsOnSeveralKeysWithMinusForDescending() {
        String cat = newCategory();
        String p1b = createId(cat, "\"priority\":\"1\",\"externalId\":\"b\"");
        String p2a = createId(cat, "\"priority\":\"2\",\"externalId\":\"a\"");
        String p1a = createId(cat, "\"priority\":\"1\",\"externalId\":\"a\"");
        String none = createId(cat, "\"externalId\":\"z\"");
        assertEquals(List.of(p2a, p1a, p1b, none), ids("category", cat, "sort", "-priority,externalId"));
        assertEquals(List.of(p1a, p1b, p2a, none), ids("category", cat, "sort", "priority,+externalId"));
        assertEquals(List.of(p1b, p2a, p1a, none), ids("category", cat, "sort", "orderDate,-priority"));
        assertEquals(List.of(none, p1a, p2a, p1b), ids("category", cat, "sort", "-orderDate"));
    }

    @Test
    void fieldsSelectFirstLevelAttributesKeepingIdHrefAndType() {
        String cat = newCategory();
        createId(cat, "\"priority\":\"1\",\"relatedParty\":[{\"id\":\"C-1\",\"@referredType\":\"Individual\"}]");
        ExtractableResponse<Response> r = list("category", cat, "fields", "priority,relatedParty").statusCode(200).extract();
        Map<String, Object> order = r.jsonPath().getMap("[0]");
        assertEquals(Set.of("id", "href", "@type", "priority", "relatedParty"), order.keySet());
        Map<String, Object> one = list("category", cat, "fields", "state").statusCode(200).extract().jsonPath().getMap("[0]");
        assertEquals(Set.of("id", "href", "@type", "state"), one.keySet());
        Map<String, Object> full = list("category", cat).statusCode(200).extract().jsonPath().getMap("[0]");
        assertTrue(full.keySet().containsAll(Set.of("productOrderItem", "orderDate", "category", "priority", "relatedParty")));
    }

    @Test
    void pagingHeadersCountAndLinkEveryPage() {
        String cat = newCategory();
        createOrders(cat, 5);
        ExtractableResponse<Response> r = list("category", cat, "offset", "2", "limit", "2").statusCode(200)
                .header("X-Total-Count", "5").header("X-Result-Count", "2").body("$", hasSize(2)).extract();
        Map<String, String> links = links(r.header("Link"));
        assertEquals(List.of("first", "prev", "next", "last"), List.copyOf(links.keySet()));
        for (Map.Entry<String, String> link : links.entrySet()) {
            assertTrue(link.getValue().matches("http://localhost:\\d+" + Pattern.quote(BASE) + "/productOrder\\?category="
                    + Pattern.quote(cat) + "&offset=\\d+&limit=2"), link.getValue());
        }
        assertTrue(links.get("first").endsWith("&offset=0&limit=2"));
        assertTrue(links.get("prev").endsWith("&offset=0&limit=2"));
        assertTrue(links.get("next").endsWith("&offset=4&limit=2"));
        assertTrue(links.get("last").endsWith("&offset=4&limit=2"));
        // the links work: the last page holds the fifth order and has no next
        ExtractableResponse<Response> last = json().urlEncodingEnabled(false).get(links.get("last")).then().statusCode(200)
                .header("X-Total-Count", "5").header("X-Result-Count", "1").extract();
        Map<String, String> lastLinks = links(last.header("Link"));
        assertEquals(List.of("first", "prev", "last"), List.copyOf(lastLinks.keySet()));
        assertTrue(lastLinks.get("prev").endsWith("&offset=2&limit=2"));

        // first page: no prev; the default limit (100) appears in the links
        Map<String, String> first = links(list("category", cat).statusCode(200)
                .header("X-Total-Count", "5").header("X-Result-Count", "5").extract().header("Link"));
        assertEquals(List.of("first", "last"), List.copyOf(first.keySet()));
        assertTrue(first.get("last").endsWith("&offset=0&limit=100"));

        // past the end: empty page, exact total, prev leads back to the last page
        Map<String, String> beyond = links(list("category", cat, "offset", "10", "limit", "2").statusCode(200)
                .header("X-Total-Count", "5").header("X-Result-Count", "0").body("$", hasSize(0)).extract().header("Link"));
        assertEquals(List.of("first", "prev", "last"), List.copyOf(beyond.keySet()));
        assertTrue(beyond.get("prev").endsWith("&offset=4&limit=2"), beyond.get("prev"));

        // nothing matches: total 0, first and last both at offset 0
        Map<String, String> empty = links(list("category", cat + "-none").statusCode(200)
                .header("X-Total-Count", "0").header("X-Result-Count", "0").extract().header("Link"));
        assertEquals(List.of("first", "last"), List.copyOf(empty.keySet()));
    }

    @Test
    void linksKeepTheClientsQueryEncodedAsSent() {
        String cat = newCategory();
        createOrders(cat, 3);
        String query = "category=" + cat + "&priority=0,1,2&orderDate.gte=2020-01-01T00:00:00%2B02:00&sort=-orderDate&limit=1";
        Map<String, String> links = links(list(query).statusCode(200).header("X-Total-Count", "3").extract().header("Link"));
        assertTrue(links.get("next").endsWith("/productOrder?category=" + cat
                + "&priority=0,1,2&orderDate.gte=2020-01-01T00:00:00%2B02:00&sort=-orderDate&offset=1&limit=1"), links.get("next"));
        json().urlEncodingEnabled(false).get(links.get("next")).then().statusCode(200).header("X-Result-Count", "1");
    }

    @Test
    void linksAndHrefsUseTheForwardedHost() {
        String cat = newCategory();
        createOrders(cat, 3);
        ExtractableResponse<Response> xf = json().urlEncodingEnabled(false)
                .header("X-Forwarded-Host", "orders.example.com").header("X-Forwarded-Proto", "https")
                .get(BASE + "/productOrder?category=" + cat + "&limit=1").then().statusCode(200)
                .body("href", everyItem(startsWith("https://orders.example.com" + BASE + "/productOrder/"))).extract();
        Map<String, String> links = links(xf.header("Link"));
        assertEquals(List.of("first", "next", "last"), List.copyOf(links.keySet()));
        links.values().forEach(url -> assertTrue(url.startsWith("https://orders.example.com" + BASE + "/productOrder?"), url));

        ExtractableResponse<Response> fw = json().urlEncodingEnabled(false)
                .header("Forwarded", "for=192.0.2.60;proto=https;host=shop.example.org:8443")
                .get(BASE + "/productOrder?category=" + cat + "&limit=1&offset=1").then().statusCode(200)
                .body("href", everyItem(startsWith("https://shop.example.org:8443" + BASE + "/productOrder/"))).extract();
        Map<String, String> fwLinks = links(fw.header("Link"));
        assertEquals(List.of("first", "prev", "next", "last"), List.copyOf(fwLinks.keySet()));
        fwLinks.values().forEach(url -> assertTrue(url.startsWith("https://shop.example.org:8443" + BASE + "/productOrder?"), url));
        // and a single order read the same way
        String id = fw.path("[0].id");
        json().header("X-Forwarded-Host", "orders.example.com").header("X-Forwarded-Proto", "https")
                .get(BASE + "/productOrder/" + id).then().statusCode(200)
                .body("href", equalTo("https://orders.example.com" + BASE + "/productOrder/" + id));
    }
}
