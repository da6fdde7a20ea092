package org.opentmf.ordering.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.createOrder;
import static org.opentmf.ordering.testing.Api.json;
import static org.opentmf.ordering.testing.Api.standardOrder;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.DatabaseOutage;
import org.opentmf.ordering.testing.Eventually;
import org.opentmf.ordering.testing.OrderingTest;

import io.restassured.response.Response;

/**
 * While PostgreSQL refuses connections every API call answers within the pool's acquisition timeout
 * (quarkus.datasource.jdbc.acquisition-timeout, 5 s) with a 503 TMF Error and Retry-After, readiness is DOWN, and
 * when the database returns the server serves again by itself, without a restart. The suite's own database is
 * really stopped and started (DatabaseOutage), and left running for the tests that follow.
 */
@OrderingTest
class DatabaseOutageTest {

    /** The acquisition timeout and some slack for a loaded machine. */
    private static final long BOUND_MS = 5_000 + 3_000;

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsDownAndRecoversWithoutARestart() throws Exception {
        String id = createOrder(standardOrder("1", "PO-OUTAGE"));
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            unavailable("read", () -> json().get(BASE + "/productOrder/" + id));
            unavailable("list", () -> json().get(BASE + "/productOrder"));
            unavailable("create", () -> json().body(standardOrder("1", "PO-OUTAGE")).post(BASE + "/productOrder"));
            unavailable("patch", () -> given().contentType("application/merge-patch+json").body("{\"description\":\"x\"}")
                    .patch(BASE + "/productOrder/" + id));
            unavailable("cancel", () -> json().body("{\"productOrder\":{\"id\":\"" + id + "\"}}").post(BASE + "/cancelProductOrder"));
            unavailable("hub", () -> json().body("{\"callback\":\"http://127.0.0.1:9/l\"}").post(BASE + "/hub"));
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        }
        // back: the same server serves again, its pool replaces the connections the outage killed
        Eventually.until(() -> json().get(BASE + "/productOrder/" + id).statusCode(), s -> s == 200, "reads after the outage");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        createOrder(standardOrder("1", "PO-AFTER-OUTAGE"));
        json().get(BASE + "/productOrder?productOrderItem.productOffering.id=PO-OUTAGE").then().statusCode(200)
                .header("X-Total-Count", "1");
    }

    private static void unavailable(String what, Supplier<Response> call) {
        long start = System.nanoTime();
        Response response = call.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        response.then().statusCode(503)
                .header("Retry-After", "5")
                .body("'@type'", equalTo("Error"))
                .body("code", equalTo("503"))
                .body("reason", equalTo("Service Unavailable"))
                .body("message", equalTo("The database is unavailable; retry later"));
        assertTrue(ms < BOUND_MS, what + " answered after " + ms + " ms");
    }
}
