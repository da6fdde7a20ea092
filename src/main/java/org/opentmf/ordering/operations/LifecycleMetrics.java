package org.opentmf.ordering.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.opentmf.ordering.cancellation.CancellationRefused;
import org.opentmf.ordering.events.TmfEvent;
import org.opentmf.ordering.order.OrderStateChanged;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Lifecycle counts: order state transitions (from, to), cancellations requested, done, ended with an error
 * (the order became final first) and refused. Counted after the commit of the change.
 */
@ApplicationScoped
public class LifecycleMetrics {

    @Inject
    MeterRegistry registry;

    void transition(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderStateChanged change) {
        Counter.builder("ordering.order.state.transitions")
                .description("Product order state changes, whatever caused them")
                .tag("from", change.from().wireValue())
                .tag("to", change.to().wireValue())
                .register(registry).increment();
    }

    /** Cancellation tasks are followed through their own events: created, then done or terminatedWithError. */
    void cancellation(@Observes(during = TransactionPhase.AFTER_SUCCESS) TmfEvent event) {
        if (TmfEvent.CANCEL_PRODUCT_ORDER_CREATE.equals(event.eventType())) {
            requested().increment();
        } else if (TmfEvent.CANCEL_PRODUCT_ORDER_STATE_CHANGE.equals(event.eventType())) {
            switch (event.resource().path("state").asText()) {
                case "done" -> ended("done").increment();
                case "terminatedWithError" -> ended("terminated_with_error").increment();
                default -> {
                    // acknowledged -> inProgress: still waiting for its date
                }
            }
        }
    }

    void refused(@Observes CancellationRefused refusal) {
        refused(refusal.status()).increment();
    }

    private Counter requested() {
        return Counter.builder("ordering.cancellations.requested")
                .description("cancelProductOrder tasks accepted").register(registry);
    }

    private Counter ended(String outcome) {
        return Counter.builder("ordering.cancellations.ended")
                .description("cancelProductOrder tasks finished: done, or terminated_with_error")
                .tag("outcome", outcome).register(registry);
    }

    private Counter refused(int status) {
        return Counter.builder("ordering.cancellations.refused")
                .description("cancelProductOrder requests refused before a task was recorded (404 no order,"
                        + " 409 final or already being cancelled)")
                .tag("status", Integer.toString(status)).register(registry);
    }

    void preRegister(@Observes StartupEvent start) {
        requested();
        ended("done");
        ended("terminated_with_error");
        refused(404);
        refused(409);
    }
}
