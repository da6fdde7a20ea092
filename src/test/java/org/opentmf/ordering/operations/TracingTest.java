package org.opentmf.ordering.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.events.CallbackListener;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.ConfiguredServer;
import org.opentmf.ordering.testing.Eventually;
import org.opentmf.ordering.testing.OrderingTest;
import org.opentmf.ordering.testing.OtlpCollector;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.test.junit.TestProfile;

/**
 * With an OTLP endpoint configured (ConfiguredServer: a receiver the test started on loopback), the server
 * exports a span for the request, for issuance, for the search, for the PATCH and for each notification
 * delivery, all in the caller's trace; the subscriber's traceparent names that trace and the delivery span.
 */
@OrderingTest
@TestProfile(ConfiguredServer.class)
class TracingTest {

    @ConfigProperty(name = OtlpCollector.ENDPOINT)
    String collector;

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER = "00f067aa0ba902b7";

    @Test
    void exportsTheSpansOfAnOrderAndSendsItsTraceToTheSubscriber() {
        String trace = TRACE.substring(0, 24) + Long.toHexString(System.nanoTime() & 0xffffffffL | 0x10000000L);
        try (CallbackListener listener = CallbackListener.start()) {
            String subscription = json().body("{\"callback\":\"" + listener.url() + "\",\"query\":\"eventType=ProductOrderCreateEvent\"}")
                    .post(Api.BASE + "/hub").then().statusCode(201).extract().path("id");
            try {
                String id = json().header("traceparent", "00-" + trace + "-" + CALLER + "-01")
                        .body(Api.standardOrder("1", "PO-TRACED")).post(Api.BASE + "/productOrder")
                        .then().statusCode(201).extract().path("id");
                CallbackListener.await("the notification", () -> listener.about(id).size() == 1);

                String sent = listener.traceParents().get(0);
                assertTrue(sent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), sent);
                assertEquals(trace, sent.split("-")[1], "the subscriber continues the caller's trace");
                String deliverySpan = sent.split("-")[2];

                List<String> spans = Eventually.until(() -> inTrace(trace),
                        s -> s.stream().anyMatch(span -> span.contains(" deliver ProductOrderCreateEvent")),
                        "the delivery span exported");
                assertTrue(spans.stream().anyMatch(s -> s.endsWith(" issue customer order")), spans::toString);
                assertTrue(spans.stream().anyMatch(s -> s.contains(" " + CALLER + " ")),
                        () -> "the request span is a child of the caller's: " + spans);
                assertTrue(spans.stream().anyMatch(s -> s.startsWith(trace + " " + deliverySpan + " ")
                        && s.endsWith(" deliver ProductOrderCreateEvent")), spans::toString);
            } finally {
                json().delete(Api.BASE + "/hub/" + subscription);
            }
        }
    }

    @Test
    void exportsSpansForSearchAndPatch() {
        String id = Api.createOrder(Api.standardOrder("1", "PO-TRACED-PATCH"));
        String searchTrace = "a1" + TRACE.substring(2);
        String patchTrace = "b2" + TRACE.substring(2);
        json().header("traceparent", "00-" + searchTrace + "-" + CALLER + "-01")
                .get(Api.BASE + "/productOrder?state=acknowledged&limit=1").then().statusCode(200);
        json().header("traceparent", "00-" + patchTrace + "-" + CALLER + "-01")
                .contentType("application/merge-patch+json").body("{\"description\":\"traced\"}")
                .patch(Api.BASE + "/productOrder/" + id).then().statusCode(200);
        Eventually.until(() -> inTrace(searchTrace), s -> s.stream().anyMatch(x -> x.endsWith(" search product orders")),
                "the search span");
        Eventually.until(() -> inTrace(patchTrace), s -> s.stream().anyMatch(x -> x.endsWith(" patch product order")),
                "the PATCH span");
    }

    private List<String> inTrace(String trace) {
        return OtlpCollector.spans(collector).stream().filter(s -> s.startsWith(trace + " ")).toList();
    }
}
