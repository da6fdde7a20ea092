package org.opentmf.ordering.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.Metrics;
import org.opentmf.ordering.testing.OrderingTest;

/** HTTP server metrics are per route template and status, never per order id; the database pool is measured. */
@OrderingTest
class HttpMetricsTest {

    /** Route templates are relative to the REST root, which both versions share; the version is also a label. */
    private static final String BY_ID = "/v4/productOrder/{id}";

    @Test
    void countsRequestsPerRouteTemplateAndStatus() {
        String id = Api.createOrder(Api.standardOrder("1", "PO-HTTP"));
        Metrics before = Metrics.scrape();
        json().get(Api.BASE + "/productOrder/" + id).then().statusCode(200);
        json().get(Api.BASE + "/productOrder/" + id).then().statusCode(200);
        json().get(Api.BASE + "/productOrder/" + java.util.UUID.randomUUID()).then().statusCode(404);
        Metrics after = Metrics.scrape();

        String count = "http_server_requests_seconds_count";
        assertEquals(2, IssuanceAndLifecycleMetricsTest.delta(before, after, count,
                "api_version", "v4", "method", "GET", "uri", BY_ID, "status", "200"),
                () -> after.matching(count).toString());
        assertEquals(1, IssuanceAndLifecycleMetricsTest.delta(before, after, count,
                "api_version", "v4", "method", "GET", "uri", BY_ID, "status", "404"));
        assertFalse(after.text().contains(id), "no series names an order");
    }

    @Test
    void hasLatencyBucketsForPercentiles() {
        json().get(Api.BASE + "/productOrder?limit=1").then().statusCode(200);
        List<Metrics.Sample> buckets = Metrics.scrape().matching("http_server_requests_seconds_bucket",
                "method", "GET", "uri", "/v4/productOrder", "status", "200");
        assertTrue(buckets.size() >= 10, "fixed buckets, got " + buckets);
    }

    /**
     * A request refused before it reaches a resource (an unknown path, an over-long URI, a hostile Host) must not
     * open a series of its own: its raw path as a label would let any client grow the scrape without bound.
     */
    @Test
    void refusedRequestsOpenNoSeriesOfTheirOwn() {
        String marker = "zz" + java.util.UUID.randomUUID().toString().replace("-", "");
        json().get(Api.BASE + "/" + marker).then().statusCode(404);
        json().get(Api.BASE + "/productOrder/" + marker + "/nothing").then().statusCode(404);
        json().get(Api.BASE + "/productOrder/" + marker + "?x=" + "y".repeat(9000)).then().statusCode(414);
        json().get("/" + marker).then().statusCode(404);
        json().header("X-Forwarded-Host", "evil\"host").get(Api.BASE + "/productOrder/" + marker).then().statusCode(400);
        Metrics after = Metrics.scrape();
        assertFalse(after.text().contains(marker), () -> "a series names the raw path: " + after.samples().stream()
                .filter(s -> s.labels().toString().contains(marker)).map(s -> s.labels().get("uri")).distinct()
                .map(u -> u.length() > 120 ? u.substring(0, 120) + "..." : u).toList());
    }

    @Test
    void measuresTheDatabasePool() {
        Metrics m = Metrics.scrape();
        assertTrue(m.has("agroal_active_count"), "Agroal pool metrics are on");
        assertTrue(m.has("agroal_max_used_count"));
    }
}
