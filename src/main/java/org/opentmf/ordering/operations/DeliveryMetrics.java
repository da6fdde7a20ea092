package org.opentmf.ordering.operations;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.opentmf.ordering.events.dispatch.Delivery;
import org.opentmf.ordering.events.dispatch.DeliveryObserver;
import org.opentmf.ordering.events.dispatch.DeliveryOutcome;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What this instance's dispatcher did: attempts and failures by outcome (2xx, 3xx, 4xx, 5xx, timeout,
 * connection_error, refused by the callback guard, error), deliveries that became dead letters, and the
 * event-to-delivery latency (from the event's time to the subscriber's 2xx) as a histogram.
 */
@ApplicationScoped
public class DeliveryMetrics implements DeliveryObserver {

    /** Histogram buckets of the latency, from "right after the commit" to "after a long outage". */
    static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
        Duration.ofMinutes(15), Duration.ofHours(1)};

    @Inject
    MeterRegistry registry;

    private final Map<DeliveryOutcome, Counter> attempts = new EnumMap<>(DeliveryOutcome.class);
    private final Map<DeliveryOutcome, Counter> failures = new EnumMap<>(DeliveryOutcome.class);
    private Counter deadLettered;
    private Timer latency;

    @PostConstruct
    void register() {
        for (DeliveryOutcome outcome : DeliveryOutcome.values()) {
            attempts.put(outcome, Counter.builder("ordering.events.delivery.attempts")
                    .description("Notification delivery attempts by outcome")
                    .tag("outcome", outcome.label()).register(registry));
            if (outcome != DeliveryOutcome.SUCCESS) {
                failures.put(outcome, Counter.builder("ordering.events.delivery.failures")
                        .description("Failed notification delivery attempts by outcome (retried, or dead lettered)")
                        .tag("outcome", outcome.label()).register(registry));
            }
        }
        deadLettered = Counter.builder("ordering.events.dead.lettered")
                .description("Deliveries that failed their last attempt and became dead letters")
                .register(registry);
        latency = Timer.builder("ordering.events.delivery.latency")
                .description("From the event (the committed change) to the subscriber's 2xx, retries included")
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry);
    }

    @Override
    public void attempted(Delivery delivery, DeliveryOutcome outcome, Duration sinceEvent, boolean deadLettered) {
        attempts.get(outcome).increment();
        if (outcome == DeliveryOutcome.SUCCESS) {
            latency.record(sinceEvent);
            return;
        }
        failures.get(outcome).increment();
        if (deadLettered) {
            this.deadLettered.increment();
        }
    }
}
