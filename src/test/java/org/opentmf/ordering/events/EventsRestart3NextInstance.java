package org.opentmf.ordering.events;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The instance that comes up after {@link EventsRestart2DispatcherRunning} stopped, on the same database, with the
 * usual test settings (a profile of its own, so Quarkus restarts the app: the halves of a restart test need one).
 */
public class EventsRestart3NextInstance implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ordering.events.dispatcher-enabled", "true");
    }
}
