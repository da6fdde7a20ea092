package org.opentmf.ordering.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.testing.Api.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.events.CallbackListener;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.Eventually;
import org.opentmf.ordering.testing.Metrics;
import org.opentmf.ordering.testing.OrderingTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Grafana dashboard (docker/grafana/dashboards) only asks for metrics the server exports: after a little
 * of everything (orders, a replay, a conflict, a PATCH, a cancellation, a delivery), every metric name in every
 * panel query is in a scrape of /q/metrics.
 */
@OrderingTest
class DashboardMetricsTest {

    private static final Path DASHBOARD = Path.of("docker/grafana/dashboards/tmf622-ordering.json");
    /** Metric names are the identifiers with our prefixes; PromQL functions, labels and keywords are not. */
    private static final Pattern METRIC = Pattern.compile("\\b((?:ordering|http_server|agroal|jvm|process)_[a-zA-Z0-9_]+)");

    @Test
    void everyMetricTheDashboardQueriesIsExported() throws IOException {
        Set<String> used = metricsUsedBy(new ObjectMapper().readTree(Files.readString(DASHBOARD)));
        assertTrue(used.size() >= 15, "the dashboard's queries were read: " + used);

        try (CallbackListener listener = CallbackListener.start()) {
            String subscription = json().body("{\"callback\":\"" + listener.url() + "\"}").post(Api.BASE + "/hub")
                    .then().statusCode(201).extract().path("id");
            try {
                String key = "dashboard-" + System.nanoTime();
                String body = Api.standardOrder("1", "PO-DASHBOARD");
                String id = json().header("Idempotency-Key", key).body(body).post(Api.BASE + "/productOrder")
                        .then().statusCode(201).extract().path("id");
                json().header("Idempotency-Key", key).body(body).post(Api.BASE + "/productOrder").then().statusCode(200);
                json().header("Idempotency-Key", key).body(Api.CTK_ORDER).post(Api.BASE + "/productOrder")
                        .then().statusCode(409);
                json().contentType("application/merge-patch+json").body("{\"state\":\"inProgress\"}")
                        .patch(Api.BASE + "/productOrder/" + id).then().statusCode(200);
                json().body("{\"productOrder\":{\"id\":\"" + id + "\",\"@referredType\":\"ProductOrder\"}}")
                        .post(Api.BASE + "/cancelProductOrder").then().statusCode(201);
                CallbackListener.await("the notifications", () -> listener.about(id).size() >= 2);

                Metrics scrape = Eventually.until(Metrics::scrape,
                        m -> m.value("ordering_events_delivery_latency_seconds_count") > 0
                                && !m.matching("ordering_events_deliveries_pending", "subscription", subscription).isEmpty(),
                        "deliveries counted and the subscription's gauges");
                List<String> missing = used.stream().filter(name -> !scrape.has(name)).toList();
                assertEquals(List.of(), missing, "metrics the dashboard uses but the server does not export");
            } finally {
                json().delete(Api.BASE + "/hub/" + subscription);
            }
        }
    }

    private static Set<String> metricsUsedBy(JsonNode dashboard) {
        Set<String> names = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher m = METRIC.matcher(target.path("expr").asText());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
