package org.opentmf.ordering.issuance;

import java.util.List;

/**
 * What one issuance request came to, announced (CDI event, synchronously, inside the issuing transaction) for
 * whoever counts them: operations metrics observe it after the commit, or after the rollback for a conflict.
 * Carries no order, party or request data, only what a bounded count may use.
 *
 * @param kind  issued, a v5 draft stored (not issued yet), replayed (same Idempotency-Key and body) or refused (same
 *              key, other body)
 * @param items how each item was judged (empty unless issued)
 */
public record IssuanceOutcome(Kind kind, List<ItemAssessment> items) {

    public enum Kind {
        ISSUED, DRAFT_SUBMITTED, IDEMPOTENT_REPLAY, IDEMPOTENCY_CONFLICT
    }

    public boolean specialHandling() {
        return items.stream().anyMatch(ItemAssessment::specialHandling);
    }
}
