package org.opentmf.ordering.events;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The same database after a restart, dispatcher on (a profile of its own, so Quarkus restarts the app). Its
 * lease and request timeout are long, so that a delivery it has in flight when it stops would stay reserved
 * for minutes unless the stop releases it ({@link ShutdownRelease1ClaimedAtStopTest}).
 */
public class EventsRestart2DispatcherRunning implements QuarkusTestProfile {

    static final String LEASE = "10m";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ordering.events.dispatcher-enabled", "true",
                "ordering.events.lease", LEASE,
                "ordering.events.request-timeout", "60s");
    }
}
