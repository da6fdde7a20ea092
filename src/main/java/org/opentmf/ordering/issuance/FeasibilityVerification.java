package org.opentmf.ordering.issuance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.opentmf.ordering.common.config.FeasibilityConfig;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.issuance.qualification.ProductOfferingQualifications;
import org.opentmf.ordering.issuance.qualification.QualificationUnavailable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks the feasibility assessments an order refers to against the TMF679 server that made them, before the
 * order is issued: one read per distinct POQ, all in parallel, all bounded together by
 * {@code ordering.feasibility.timeout}. It runs outside any transaction, so no database connection waits on
 * TMF679. Whatever the server does, no order is refused for it: an unanswered check only marks the item for
 * special handling. Any path that issues an order (a create, a draft being acknowledged) calls {@link #check}
 * first and hands the findings to issuance.
 */
@ApplicationScoped
public class FeasibilityVerification {

    private static final Logger LOG = Logger.getLogger(FeasibilityVerification.class);

    @Inject
    ProductOfferingQualifications qualifications;

    @Inject
    ItemClassification classification;

    @Inject
    OrderingConfig config;

    /** Reads every POQ the order's bespoke items refer to. Call it outside any transaction. */
    public FeasibilityFindings check(JsonNode order) {
        if (!qualifications.configured()) {
            return FeasibilityFindings.TRUSTED;
        }
        Set<String> ids = new LinkedHashSet<>();
        collect(order.path("productOrderItem"), order, ids);
        long timeoutNanos = config.feasibility().timeout().toNanos();
        long deadline = System.nanoTime() + timeoutNanos;
        Map<String, CompletableFuture<?>> calls = new LinkedHashMap<>();
        for (String id : ids) {
            calls.put(id, read(id));
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        calls.forEach((id, call) -> answers.put(id, await(id, call, deadline)));
        return new FeasibilityFindings(answers, now());
    }

    /**
     * With {@code on-unqualified=reject}: refuses the order (422) when an assessment the server answered for does
     * not count. Unverified ones never refuse an order.
     */
    public void enforce(List<ItemAssessment> assessments) {
        if (config.feasibility().onUnqualified() != FeasibilityConfig.OnUnqualified.REJECT) {
            return;
        }
        List<String> refused = new ArrayList<>();
        for (ItemAssessment assessment : assessments) {
            FeasibilityAssessment link = assessment.feasibilityAssessment();
            if (link != null && link.verification() != null && link.verification().verified() && !link.counts()) {
                FeasibilityCheck check = link.verification();
                refused.add("item " + assessment.itemId() + ": " + check.reason()
                        + (check.qualificationResult() == null ? "" : " (qualificationResult "
                                + check.qualificationResult() + ")"));
            }
        }
        if (!refused.isEmpty()) {
            throw new TmfException(422, "Unprocessable Entity",
                    "The feasibility assessments do not support the order: " + String.join("; ", refused));
        }
    }

    private CompletableFuture<?> read(String id) {
        try {
            return qualifications.read(id);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The answer, or a check saying why there is none; never waits past the order's deadline. */
    private Object await(String id, CompletableFuture<?> call, long deadline) {
        try {
            return call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return FeasibilityCheck.unavailable("no answer for " + id + " within "
                    + config.feasibility().timeout().toMillis() + " ms", null);
        } catch (ExecutionException | CompletionException e) {
            return FeasibilityCheck.unavailable(describe(id, e.getCause()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FeasibilityCheck.unavailable("interrupted while reading " + id, null);
        }
    }

    private String describe(String id, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof CircuitBreakerOpenException) {
            return "the TMF679 server is failing: calls paused by the circuit breaker";
        }
        if (cause instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
            return "no answer for " + id + " within " + config.feasibility().timeout().toMillis() + " ms";
        }
        if (cause instanceof QualificationUnavailable) {
            return cause.getMessage() + " for " + id;
        }
        LOG.debugf(cause, "TMF679 read of %s failed", id);
        return "the TMF679 server could not be reached for " + id + " (" + cause.getClass().getSimpleName() + ")";
    }

    /** The POQ ids the bespoke items refer to (nested items too). */
    private void collect(JsonNode items, JsonNode order, Set<String> ids) {
        for (JsonNode item : items) {
            if (item.isObject() && classification.bespokeReason(item).isPresent()) {
                FeasibilityAssessment link = FeasibilityLinks.find(item, order);
                if (link != null && link.productOfferingQualificationId() != null) {
                    ids.add(link.productOfferingQualificationId());
                }
            }
            collect(item.path("productOrderItem"), order, ids);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
