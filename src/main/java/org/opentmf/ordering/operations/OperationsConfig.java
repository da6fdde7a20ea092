package org.opentmf.ordering.operations;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Operations settings (README, "Configuration"). */
@ConfigMapping(prefix = "ordering.operations")
public interface OperationsConfig {

    /**
     * How often the event backlog gauges (outbox backlog, pending deliveries and dead letters by subscription,
     * oldest pending delivery) are read from the database: one small grouped query per interval and instance.
     */
    @WithDefault("10s")
    Duration backlogRefreshInterval();
}
