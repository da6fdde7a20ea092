package org.opentmf.ordering.order;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;

import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Second half of the restart test: the order created before the restart is still there, unchanged. */
@OrderingTest
@Order(4)
@TestProfile(OrderAfterRestartTest.Restarted.class)
class OrderAfterRestartTest {

    /** A distinct profile only to force a fresh application instance. */
    public static class Restarted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ordering.paging.default-limit", "99");
        }
    }

    @Test
    void readsTheOrderCreatedBeforeTheRestart() {
        assertNotNull(RestartProbe.orderId(), "OrderBeforeRestartTest must run first (it does in a full run)");
        json().get(BASE + "/productOrder/" + RestartProbe.orderId()).then()
                .statusCode(200)
                .body("externalId", equalTo(RestartProbe.EXTERNAL_ID))
                .body("state", equalTo("acknowledged"));
        json().get(BASE + "/productOrder?externalId=" + RestartProbe.EXTERNAL_ID).then()
                .statusCode(200)
                .header("X-Total-Count", "1");
    }
}
