package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.opentmf.ordering.events.CallbackListener.await;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Second half of the restart test (see {@link OutboxRestart1UndeliveredBeforeStopTest}, which runs first: Quarkus orders apps by their first test class name). */
@QuarkusTest
@Order(6) // halves run in sequence (see META-INF/microprofile-config.properties)
@WithTestResource(RestartSurvivingPostgres.class)
@TestProfile(EventsRestart2DispatcherRunning.class)
class OutboxRestart2DeliveredAfterRestartTest {

    @Test
    void deliversWhatWasRecordedBeforeTheRestart() {
        String port = System.getProperty(OutboxRestart1UndeliveredBeforeStopTest.PORT);
        // the class orderer runs the first half before this one; alone, this half has nothing to check and fails
        assertNotNull(port, "runs after OutboxRestart1UndeliveredBeforeStopTest in the same test JVM");
        String id = System.getProperty(OutboxRestart1UndeliveredBeforeStopTest.ORDER);
        try (CallbackListener listener = CallbackListener.start(Integer.parseInt(port))) {
            await("the events recorded before the restart", () -> listener.about(id).size() == 2);
            assertEquals(List.of(TmfEvent.PRODUCT_ORDER_CREATE, TmfEvent.PRODUCT_ORDER_STATE_CHANGE),
                    listener.about(id).stream().map(e -> e.path("eventType").asText()).toList());
        } finally {
            json().delete(Api.BASE + "/hub/" + System.getProperty(OutboxRestart1UndeliveredBeforeStopTest.SUBSCRIPTION));
        }
    }
}
