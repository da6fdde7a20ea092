package org.opentmf.ordering.order;

import static org.hamcrest.Matchers.equalTo;
import static org.opentmf.ordering.order.ErrorResponsesTest.nestedOrder;
import static org.opentmf.ordering.testing.Api.create;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.ConfiguredServer;
import org.opentmf.ordering.testing.OrderingTest;

import io.quarkus.test.junit.TestProfile;

/** Request limits a deployment changes ({@link ConfiguredServer}: ordering.http.max-json-depth=16). */
@OrderingTest
@TestProfile(ConfiguredServer.class)
class ConfiguredLimitsTest {

    @Test
    void honoursAChangedNestingDepth() {
        create(nestedOrder(ConfiguredServer.MAX_JSON_DEPTH)).statusCode(201);
        create(nestedOrder(ConfiguredServer.MAX_JSON_DEPTH + 1)).statusCode(400)
                .body("message", equalTo("Request body is nested too deeply or too large"));
    }
}
