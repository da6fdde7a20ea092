package org.opentmf.ordering.common.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.WithDefault;

/**
 * Verification of the feasibility assessments an order refers to, against the TMF679 Product Offering
 * Qualification server that made them ({@code ordering.feasibility.*}; README, "Feasibility verification").
 */
public interface FeasibilityConfig {

    /**
     * Base URL of the TMF679 API (v4 or v5), e.g.
     * {@code https://poq.example.com/tmf-api/productOfferingQualification/v4}. Unset: references are trusted
     * as they are, and the record says they were not verified.
     */
    Optional<String> tmf679Url();

    /**
     * The resource read under that URL, {@code {resource}/{id}}: {@code productOfferingQualification} (TMF679 v4)
     * or {@code checkProductOfferingQualification} (v5).
     */
    @WithDefault("productOfferingQualification")
    String tmf679Resource();

    /** Longest time all checks of one order may take together; after it, the unanswered ones count as unverified. */
    @WithDefault("500ms")
    Duration timeout();

    /** What a reference that does not count (missing, expired, unqualified) does to the order. */
    @WithDefault("special-handling")
    OnUnqualified onUnqualified();

    /** How long a qualification read from the server is reused (0: not at all). Failures are never kept. */
    @WithDefault("30s")
    Duration cacheTtl();

    /** When to stop calling a failing TMF679 server for a while. */
    CircuitBreaker circuitBreaker();

    interface CircuitBreaker {
        /** Size of the rolling window of calls the failure ratio is measured on. */
        @WithDefault("10")
        int requestVolumeThreshold();

        /** Share of failed calls in the window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before one trial call is let through. */
        @WithDefault("30s")
        Duration delay();
    }

    enum OnUnqualified {
        /** The item is marked for special handling, the order is accepted. */
        SPECIAL_HANDLING,
        /** The order is refused with a 422 naming the items and the qualification results. */
        REJECT
    }
}
