package org.opentmf.ordering.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.testing.Api.json;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.Metrics;
import org.opentmf.ordering.testing.OrderingTest;

/**
 * The business counters at /q/metrics move by exactly what the requests did: orders issued by API version and
 * special handling, items by classification, idempotent replays and conflicts, state transitions, cancellations.
 * (Test classes of one server run one after the other, so nothing else moves them meanwhile.)
 */
@OrderingTest
class IssuanceAndLifecycleMetricsTest {

    private static final String BESPOKE_ASSESSED = """
            {"productOrderItem":[{"id":"1","action":"add","product":{"name":"dark fibre"},
              "qualification":[{"id":"POQ-2","href":"https://poq.example/POQ-2"}]}]}""";

    @Test
    void countsIssuedOrdersByApiVersionAndSpecialHandling() {
        Metrics before = Metrics.scrape();
        Api.createOrder(Api.CTK_ORDER); // bespoke, never assessed: special handling
        Api.createOrder(Api.standardOrder("1", "PO-METRICS"));
        Api.createOrder(Api.standardOrder("1", "PO-METRICS"));
        Metrics after = Metrics.scrape();

        assertEquals(1, delta(before, after, "ordering_orders_issued_total", "api_version", "v4", "special_handling", "true"));
        assertEquals(2, delta(before, after, "ordering_orders_issued_total", "api_version", "v4", "special_handling", "false"));
    }

    @Test
    void countsDraftsWhenSubmittedAndAsIssuedWhenAcknowledged() {
        Metrics before = Metrics.scrape();
        String id = Api.json().body("""
                {"@type":"ProductOrder","requestedInitialState":"draft","productOrderItem":[
                  {"@type":"ProductOrderItem","id":"1","action":"add","productOffering":{"id":"PO-1"}}]}""")
                .post(Api.BASE_V5 + "/productOrder").then().statusCode(201).extract().path("id");
        Metrics submitted = Metrics.scrape();
        assertEquals(1, delta(before, submitted, "ordering_orders_drafts_submitted_total", "api_version", "v5"));
        assertEquals(0, delta(before, submitted, "ordering_orders_issued_total"));
        Api.json().contentType("application/merge-patch+json").body("{\"state\":\"acknowledged\"}")
                .patch(Api.BASE_V5 + "/productOrder/" + id).then().statusCode(200);
        assertEquals(1, delta(submitted, Metrics.scrape(), "ordering_orders_issued_total", "api_version", "v5",
                "special_handling", "false"));
    }

    @Test
    void countsItemsByClassificationAndFeasibilityLink() {
        Metrics before = Metrics.scrape();
        Api.createOrder(Api.CTK_ORDER);
        Api.createOrder(BESPOKE_ASSESSED);
        Api.createOrder("""
                {"productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"},
                  "productOrderItem":[{"id":"1.1","action":"add","productOffering":{"id":"PO-2"}}]}]}""");
        Metrics after = Metrics.scrape();

        String items = "ordering_order_items_issued_total";
        assertEquals(1, delta(before, after, items, "classification", "bespoke", "feasibility_link", "false"));
        assertEquals(1, delta(before, after, items, "classification", "bespoke", "feasibility_link", "true"));
        assertEquals(2, delta(before, after, items, "classification", "off_the_shelf", "feasibility_link", "false"),
                "nested items count too");
    }

    @Test
    void countsIdempotentReplaysAndConflictsButNoSecondOrder() {
        String key = "metrics-" + System.nanoTime();
        String body = Api.standardOrder("1", "PO-IDEMPOTENT");
        Metrics before = Metrics.scrape();
        json().header("Idempotency-Key", key).body(body).post(Api.BASE + "/productOrder").then().statusCode(201);
        json().header("Idempotency-Key", key).body(body).post(Api.BASE + "/productOrder").then().statusCode(200);
        json().header("Idempotency-Key", key).body(Api.standardOrder("2", "PO-OTHER"))
                .post(Api.BASE + "/productOrder").then().statusCode(409);
        Metrics after = Metrics.scrape();

        assertEquals(1, delta(before, after, "ordering_orders_issued_total", "api_version", "v4"));
        assertEquals(1, delta(before, after, "ordering_issuance_idempotent_replays_total", "api_version", "v4"));
        assertEquals(1, delta(before, after, "ordering_issuance_idempotency_conflicts_total", "api_version", "v4"));
    }

    @Test
    void countsStateTransitionsByFromAndTo() {
        String id = Api.createOrder(Api.standardOrder("1", "PO-TRANSITIONS"));
        Metrics before = Metrics.scrape();
        patchState(id, "inProgress");
        patchState(id, "held");
        Metrics after = Metrics.scrape();

        String transitions = "ordering_order_state_transitions_total";
        assertEquals(1, delta(before, after, transitions, "from", "acknowledged", "to", "inProgress"));
        assertEquals(1, delta(before, after, transitions, "from", "inProgress", "to", "held"));
        assertEquals(2, delta(before, after, transitions));
    }

    @Test
    void countsARefusedPatchAsNoTransition() {
        String id = Api.createOrder(Api.standardOrder("1", "PO-REFUSED-MOVE"));
        Metrics before = Metrics.scrape();
        json().contentType("application/merge-patch+json").body("{\"state\":\"completed\"}")
                .patch(Api.BASE + "/productOrder/" + id).then().statusCode(409);
        assertEquals(0, delta(before, Metrics.scrape(), "ordering_order_state_transitions_total"));
    }

    @Test
    void countsCancellationsRequestedDoneAndRefused() {
        String id = Api.createOrder(Api.standardOrder("1", "PO-CANCEL-METRICS"));
        Metrics before = Metrics.scrape();
        cancel(id).statusCode(201);
        cancel(id).statusCode(409); // cancelled: a final state
        cancel("00000000-0000-0000-0000-000000000000").statusCode(404);
        Metrics after = Metrics.scrape();

        assertEquals(1, delta(before, after, "ordering_cancellations_requested_total"));
        assertEquals(1, delta(before, after, "ordering_cancellations_ended_total", "outcome", "done"));
        assertEquals(1, delta(before, after, "ordering_cancellations_refused_total", "status", "409"));
        assertEquals(1, delta(before, after, "ordering_cancellations_refused_total", "status", "404"));
        assertEquals(1, delta(before, after, "ordering_order_state_transitions_total",
                "from", "acknowledged", "to", "cancelled"));
    }

    @Test
    void labelsCarryNoOrderIds() {
        String id = Api.createOrder(Api.standardOrder("1", "PO-CARDINALITY"));
        json().get(Api.BASE + "/productOrder/" + id).then().statusCode(200);
        patchState(id, "inProgress");
        String text = Metrics.scrape().text();
        assertFalse(text.contains(id), "an order id in a label would make one series per order");
        assertFalse(text.contains("PO-CARDINALITY"));
        assertTrue(text.contains("ordering_orders_issued_total"));
    }

    private static void patchState(String id, String state) {
        json().contentType("application/merge-patch+json").body("{\"state\":\"" + state + "\"}")
                .patch(Api.BASE + "/productOrder/" + id).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse cancel(String orderId) {
        return json().body("{\"productOrder\":{\"id\":\"" + orderId + "\",\"@referredType\":\"ProductOrder\"},"
                + "\"cancellationReason\":\"metrics\"}").post(Api.BASE + "/cancelProductOrder").then();
    }

    static double delta(Metrics before, Metrics after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
