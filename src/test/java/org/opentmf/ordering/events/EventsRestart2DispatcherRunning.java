package org.opentmf.ordering.events;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The same database after a restart, dispatcher on (a profile of its own, so Quarkus restarts the app). */
public class EventsRestart2DispatcherRunning implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ordering.events.dispatcher-enabled", "true");
    }
}
