package org.opentmf.ordering.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The switch as SmallRye Config runs it at start: with no OTLP endpoint the sampler ratio becomes 0 (nothing is
 * recorded or exported); an endpoint set as an environment variable leaves the ratio alone (1.0 by default).
 */
class TracingExportSwitchTest {

    @Test
    void samplesNothingWithoutAnEndpoint() {
        assertEquals(Optional.of("0.0"), ratio(Map.of()));
    }

    @Test
    void leavesTheSamplerAloneWhenTheEndpointIsSetInTheEnvironment() {
        assertEquals(Optional.empty(), ratio(Map.of("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317")));
    }

    @Test
    void leavesTheSamplerAloneWhenOnlyTheTracesEndpointIsSet() {
        assertEquals(Optional.empty(), ratio(Map.of(TracingExportSwitch.TRACES_ENDPOINT, "http://collector:4318")));
    }

    private static Optional<String> ratio(Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new io.smallrye.config.EnvConfigSource(environment, 300))
                .withSources(new PropertiesConfigSource(Map.of("quarkus.otel.traces.sampler", "traceidratio"),
                        "application.properties", 250))
                .withSources(new TracingExportSwitch())
                .build();
        return config.getOptionalValue(TracingExportSwitch.SAMPLER_RATIO, String.class);
    }
}
