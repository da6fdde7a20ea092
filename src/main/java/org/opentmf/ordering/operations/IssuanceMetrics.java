package org.opentmf.ordering.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.opentmf.ordering.issuance.IssuanceOutcome;
import org.opentmf.ordering.issuance.ItemAssessment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Issuance counts: orders issued (by API version and whether special handling was needed), items by
 * classification and feasibility link, idempotent replays and idempotency conflicts. Counted once the issuing
 * transaction has committed (a conflict: once it has rolled back), so a failed issuance counts nothing.
 */
@ApplicationScoped
public class IssuanceMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    ApiVersions versions;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssuanceOutcome outcome) {
        String version = versions.current();
        switch (outcome.kind()) {
            case ISSUED -> {
                Counter.builder("ordering.orders.issued")
                        .description("Product orders issued (committed)")
                        .tag("api_version", version)
                        .tag("special_handling", Boolean.toString(outcome.specialHandling()))
                        .register(registry).increment();
                for (ItemAssessment item : outcome.items()) {
                    items(item.bespoke(), item.feasibilityAssessment() != null).increment();
                }
            }
            case DRAFT_SUBMITTED -> Counter.builder("ordering.orders.drafts.submitted")
                    .description("Product orders created as drafts (requestedInitialState=draft, not issued yet; counted"
                            + " in ordering.orders.issued when acknowledged)")
                    .tag("api_version", version)
                    .register(registry).increment();
            case IDEMPOTENT_REPLAY -> Counter.builder("ordering.issuance.idempotent.replays")
                    .description("Product order creations answered with the order an earlier request with the same"
                            + " Idempotency-Key and body had issued")
                    .tag("api_version", version)
                    .register(registry).increment();
            default -> {
                // a conflict never commits
            }
        }
    }

    void rolledBack(@Observes(during = TransactionPhase.AFTER_FAILURE) IssuanceOutcome outcome) {
        if (outcome.kind() == IssuanceOutcome.Kind.IDEMPOTENCY_CONFLICT) {
            Counter.builder("ordering.issuance.idempotency.conflicts")
                    .description("Product order creations refused: Idempotency-Key already used with another body")
                    .tag("api_version", versions.current())
                    .register(registry).increment();
        }
    }

    private Counter items(boolean bespoke, boolean feasibilityLink) {
        return Counter.builder("ordering.order.items.issued")
                .description("Items of issued product orders (nested ones included) by classification")
                .tag("classification", bespoke ? "bespoke" : "off_the_shelf")
                .tag("feasibility_link", Boolean.toString(feasibilityLink))
                .register(registry);
    }

    /** Every classification at zero from the start, so rates and dashboards have a series before the first order. */
    void preRegister(@Observes io.quarkus.runtime.StartupEvent start) {
        for (boolean bespoke : new boolean[] {true, false}) {
            for (boolean link : new boolean[] {true, false}) {
                items(bespoke, link);
            }
        }
    }
}
