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

    /** Route templates are relative to the REST root; the version is a label of its own. */
    private static final String BY_ID = "/productOrder/{id}";

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
                "method", "GET", "uri", "/productOrder", "status", "200");
        assertTrue(buckets.size() >= 10, "fixed buckets, got " + buckets);
    }

    @Test
    void measuresTheDatabasePool() {
        Metrics m = Metrics.scrape();
        assertTrue(m.has("agroal_active_count"), "Agroal pool metrics are on");
        assertTrue(m.has("agroal_max_used_count"));
    }
}
