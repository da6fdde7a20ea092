package org.opentmf.ordering.events;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** An instance whose dispatcher is off: events are recorded but not sent (the "before the stop" half). */
public class EventsRestart1DispatcherStopped implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ordering.events.dispatcher-enabled", "false");
    }
}
