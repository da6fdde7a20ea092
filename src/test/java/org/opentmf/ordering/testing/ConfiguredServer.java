package org.opentmf.ordering.testing;

import java.util.List;
import java.util.Map;

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

    /** Traces are exported over OTLP to a receiver the tests read ({@link OtlpCollector}). */
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OtlpCollector.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "ordering.issuance.special-requirement-characteristics", "specialRequirement,customBuild",
                "ordering.issuance.issuing-system", "Acme Order Desk",
                "ordering.http.max-json-depth", Integer.toString(MAX_JSON_DEPTH),
                "ordering.events.callback-allowed-hosts", CALLBACK_ALLOWED_HOSTS,
                "ordering.public-base-url", PUBLIC_BASE_URL);
    }
}
