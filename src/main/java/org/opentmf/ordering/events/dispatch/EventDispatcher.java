package org.opentmf.ordering.events.dispatch;

import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.events.EventEnvelope;
import org.opentmf.ordering.events.hub.CallbackGuard;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;

/**
 * This instance's dispatcher: a {@link DeliveryWorker} run every {@code ordering.events.dispatch-interval} and
 * woken after each commit that recorded events. Off when {@code ordering.events.dispatcher-enabled=false}.
 */
@ApplicationScoped
public class EventDispatcher {

    @Inject
    DeliveryStore store;

    @Inject
    CallbackGuard guard;

    @Inject
    ObjectMapper json;

    @Inject
    OrderingConfig config;

    @Inject
    Vertx vertx;

    /** The notification writers of the API versions other than v4 (api edges provide them). */
    @Inject
    jakarta.enterprise.inject.Instance<EventEnvelope> envelopes;

    @Inject
    Instance<DeliveryObserver> observer;

    @Inject
    OpenTelemetry telemetry;

    private DeliveryWorker worker;

    @PostConstruct
    void start() {
        java.util.Map<String, EventEnvelope> byVersion = new java.util.HashMap<>();
        envelopes.forEach(e -> byVersion.put(e.apiVersion(), e));
        worker = new DeliveryWorker("dispatcher-" + UUID.randomUUID(), store, guard, json, config.events(), vertx,
                java.util.Map.copyOf(byVersion), observer.isResolvable() ? observer.get() : DeliveryObserver.NONE,
                telemetry);
    }

    /**
     * Stops sending as soon as the application begins to stop (SIGTERM included), before the database pool
     * closes under a pass, and releases this instance's claims so another instance delivers them at once.
     */
    void stopping(@Observes ShutdownEvent event) {
        worker.shutdown();
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }

    @Scheduled(every = "${ordering.events.dispatch-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.events().dispatcherEnabled() && !worker.isShutdown()) {
            worker.pass();
        }
    }

    /** Housekeeping: drops delivered notifications older than {@code ordering.events.retention}. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        if (config.events().dispatcherEnabled()) {
            store.purge(config.events().retention());
        }
    }

    /** Configured to run in this instance ({@code ordering.events.dispatcher-enabled}). */
    public boolean enabled() {
        return config.events().dispatcherEnabled();
    }

    /** Enabled and not stopped: passes run. */
    public boolean running() {
        return enabled() && !worker.isShutdown();
    }

    /** No pass running and no send in flight in this instance. */
    public boolean idle() {
        return worker.idle();
    }

    /** Asks for a pass soon (non-blocking); nothing when the dispatcher is off. */
    public void wake() {
        if (config.events().dispatcherEnabled()) {
            worker.wake();
        }
    }
}
