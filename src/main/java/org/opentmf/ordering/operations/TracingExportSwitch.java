package org.opentmf.ordering.operations;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Traces leave the server only when an OTLP endpoint is configured ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT},
 * or the traces-only key). Without one, the sampler (traceidratio, fixed at build time) samples nothing: spans
 * still get their ids (log lines and the callbacks' traceparent carry them), but none is recorded, so the
 * exporter never sends and never logs a connection error. Registered in
 * META-INF/services/io.smallrye.config.ConfigSourceFactory.
 */
public class TracingExportSwitch implements ConfigSourceFactory {

    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    static final String SAMPLER_RATIO = "quarkus.otel.traces.sampler.arg";
    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    static final int ORDINAL = 260;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context, ENDPOINT) || isSet(context, TRACES_ENDPOINT)) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(SAMPLER_RATIO, "0.0"), "tracing-export-switch", ORDINAL));
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
