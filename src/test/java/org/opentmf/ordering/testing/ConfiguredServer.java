package org.opentmf.ordering.testing;

import java.util.List;
import java.util.Map;

import org.opentmf.ordering.issuance.Tmf679Stub;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The one profile for behaviour that needs non-default settings: every test class that uses it shares one
 * Quarkus start (a profile restarts the application). Add keys here rather than new profiles.
 */
public class ConfiguredServer implements QuarkusTestProfile {

    /** Hrefs built outside a request (events of scheduled work) start with this. */
    public static final String PUBLIC_BASE_URL = "https://orders.example.com";
    /** A changed ordering.http.max-json-depth (default 64). */
    public static final int MAX_JSON_DEPTH = 16;
    /** A restricted callback allow-list: loopback by its address only, and sub-domains of hooks.test. */
    public static final String CALLBACK_ALLOWED_HOSTS = "127.0.0.1,*.hooks.test";
    /**
     * ordering.feasibility.timeout for all checks of one order: generous (default 500 ms), so that a loaded
     * machine's first calls through the REST client are not mistaken for a slow TMF679 server.
     */
    public static final long FEASIBILITY_TIMEOUT_MILLIS = 3_000;
    /**
     * The circuit breaker opens after this many failed TMF679 calls in a row (ratio 1), for a few seconds (long
     * enough that a loaded machine's next order still finds it open).
     */
    public static final int CIRCUIT_BREAKER_CALLS = 5;
    public static final long CIRCUIT_BREAKER_DELAY_MILLIS = 5_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "ordering.issuance.special-requirement-characteristics", "specialRequirement,customBuild",
                "ordering.issuance.issuing-system", "Acme Order Desk",
                "ordering.http.max-json-depth", Integer.toString(MAX_JSON_DEPTH),
                "ordering.events.callback-allowed-hosts", CALLBACK_ALLOWED_HOSTS,
                "ordering.public-base-url", PUBLIC_BASE_URL,
                "ordering.feasibility.timeout", FEASIBILITY_TIMEOUT_MILLIS + "ms",
                "ordering.feasibility.circuit-breaker.request-volume-threshold",
                Integer.toString(CIRCUIT_BREAKER_CALLS),
                "ordering.feasibility.circuit-breaker.failure-ratio", "1",
                "ordering.feasibility.circuit-breaker.delay", CIRCUIT_BREAKER_DELAY_MILLIS + "ms");
    }

    /**
     * Peers on loopback: a TMF679 server ({@link Tmf679Stub}), which ordering.feasibility.tmf679-url points at, and
     * an OTLP receiver the tests read ({@link OtlpCollector}), to which traces are exported.
     */
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Tmf679Stub.class), new TestResourceEntry(OtlpCollector.class));
    }
}
