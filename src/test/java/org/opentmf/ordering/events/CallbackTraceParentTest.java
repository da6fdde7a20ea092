package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.events.CallbackListener.await;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;

/**
 * Without an OTLP endpoint (the default), spans still have ids, so a subscriber gets a traceparent it can log,
 * but it is marked not sampled (flags 00): nothing was recorded, and nothing is exported.
 */
@OrderingTest
class CallbackTraceParentTest {

    @AfterEach
    void cleanUp() {
        Hub.unregisterAll();
    }

    @Test
    void sendsAnUnsampledTraceParentWhenNoEndpointIsConfigured() {
        try (CallbackListener listener = CallbackListener.start()) {
            Hub.subscribe(listener.url(), "eventType=ProductOrderCreateEvent");
            String id = Api.createOrder(Api.standardOrder("1", "PO-UNTRACED"));
            await("the notification", () -> listener.about(id).size() == 1);
            String sent = listener.traceParents().get(0);
            assertTrue(sent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00"), sent);
        }
    }
}
