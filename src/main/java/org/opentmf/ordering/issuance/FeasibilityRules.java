package org.opentmf.ordering.issuance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.opentmf.ordering.common.json.TmfObjectMapperCustomizer;
import org.opentmf.ordering.issuance.qualification.Qualification;

/**
 * When a feasibility assessment counts (README, "Feasibility verification"): the POQ exists, is {@code done},
 * has not expired, and the result judged is {@code qualified} or {@code alternate}. The result judged is the named
 * item's {@code qualificationItemResult} (a v5 item must be {@code done} too); with no item named, the POQ's
 * {@code qualificationResult}, else its items' results together (all qualified or alternate, or not).
 */
final class FeasibilityRules {

    private static final Set<String> POSITIVE = Set.of("qualified", "alternate");
    private static final String DONE = "done";

    private FeasibilityRules() {
    }

    static FeasibilityCheck judge(FeasibilityAssessment link, Qualification poq, OffsetDateTime now) {
        String id = link.productOfferingQualificationId();
        String checkedAt = format(poq.checkedAt());
        if (!poq.exists()) {
            return refused(null, null, null, checkedAt, id + " does not exist on the TMF679 server");
        }
        String itemId = link.productOfferingQualificationItemId();
        Optional<Qualification.Item> item = itemId == null ? Optional.empty() : poq.item(itemId);
        OffsetDateTime expiration = item.map(Qualification.Item::expirationDate).orElse(null);
        if (expiration == null) {
            expiration = poq.expirationDate();
        }
        String result = item.isPresent() ? item.get().qualificationItemResult()
                : itemId == null ? overallResult(poq) : null;
        String state = poq.state();
        String expires = format(expiration);
        if (state != null && !DONE.equals(state)) {
            return refused(state, result, expires, checkedAt, id + " is " + state + ", not done");
        }
        if (expiration != null && expiration.isBefore(now)) {
            return refused(state, result, expires, checkedAt, id + " expired on " + expires);
        }
        if (itemId != null && item.isEmpty()) {
            return refused(state, null, expires, checkedAt, id + " has no item " + itemId);
        }
        String itemState = item.map(Qualification.Item::state).orElse(null);
        if (itemState != null && !DONE.equals(itemState)) {
            return refused(state, result, expires, checkedAt,
                    "item " + itemId + " of " + id + " is " + itemState + ", not done");
        }
        if (result == null) {
            return refused(state, null, expires, checkedAt, id + " gives no qualification result");
        }
        if (!POSITIVE.contains(result.toLowerCase(Locale.ROOT))) {
            return refused(state, result, expires, checkedAt, (itemId == null ? id : "item " + itemId + " of " + id)
                    + " is " + result);
        }
        return new FeasibilityCheck(true, true, state, result, expires, checkedAt, null);
    }

    /** The POQ's own result, else its items' results together: unqualified wins, then alternate. */
    private static String overallResult(Qualification poq) {
        if (poq.qualificationResult() != null) {
            return poq.qualificationResult();
        }
        List<String> results = poq.items().stream().map(Qualification.Item::qualificationItemResult).toList();
        if (results.isEmpty() || results.contains(null)) {
            return null;
        }
        return results.stream().filter(r -> !POSITIVE.contains(r.toLowerCase(Locale.ROOT))).findFirst()
                .orElse(results.stream().filter("alternate"::equalsIgnoreCase).findFirst().orElse(results.get(0)));
    }

    private static FeasibilityCheck refused(String state, String result, String expires, String checkedAt,
            String reason) {
        return new FeasibilityCheck(true, false, state, result, expires, checkedAt, reason);
    }

    static String format(OffsetDateTime date) {
        return date == null ? null : TmfObjectMapperCustomizer.format(date);
    }
}
