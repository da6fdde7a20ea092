package org.opentmf.ordering.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.events.dispatch.EventDispatcher;

/**
 * The three answers of the dispatcher's readiness check. The running and disabled ones are also checked over
 * HTTP (HealthTest, EventBacklogGaugesTest); "stopped" only exists while the application stops, when nothing
 * can ask it over HTTP, so it is checked here on a dispatcher that says it has stopped.
 */
class DispatcherReadinessTest {

    @Test
    void isDownOnceTheDispatcherHasStopped() {
        HealthCheckResponse r = check(true, false).call();
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        assertEquals("stopped", r.getData().get().get("dispatcher"));
    }

    @Test
    void isUpWhileTheDispatcherRuns() {
        assertEquals(HealthCheckResponse.Status.UP, check(true, true).call().getStatus());
    }

    @Test
    void isUpWhenTheDispatcherIsDisabled() {
        HealthCheckResponse r = check(false, false).call();
        assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
        assertEquals("disabled", r.getData().get().get("dispatcher"));
    }

    private static DispatcherReadiness check(boolean enabled, boolean running) {
        DispatcherReadiness check = new DispatcherReadiness();
        check.dispatcher = new EventDispatcher() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public boolean running() {
                return running;
            }
        };
        return check;
    }
}
