package org.opentmf.ordering.issuance;

import java.time.OffsetDateTime;
import java.util.Map;

import org.opentmf.ordering.issuance.qualification.Qualification;

/**
 * The answers the TMF679 server gave for one order, gathered before its issuing transaction: per POQ id, the
 * qualification, or why there is none. Applied to each item's link while the order is assessed.
 */
public final class FeasibilityFindings {

    /** No TMF679 server configured: every link is trusted as it is (and recorded as not verified). */
    public static final FeasibilityFindings TRUSTED = new FeasibilityFindings(null, null);

    /** Per POQ id: a {@link Qualification} or a {@link FeasibilityCheck} saying why it could not be verified. */
    private final Map<String, Object> answers;
    private final OffsetDateTime now;

    FeasibilityFindings(Map<String, Object> answers, OffsetDateTime now) {
        this.answers = answers;
        this.now = now;
    }

    /** The link with what was found about it. */
    FeasibilityAssessment apply(FeasibilityAssessment link) {
        if (answers == null) {
            return link.verified(FeasibilityCheck.trusted());
        }
        if (link.productOfferingQualificationId() == null) {
            return link.verified(FeasibilityCheck.unavailable("the reference names no ProductOfferingQualification id",
                    null));
        }
        Object answer = answers.get(link.productOfferingQualificationId());
        if (answer instanceof Qualification poq) {
            return link.verified(FeasibilityRules.judge(link, poq, now));
        }
        if (answer instanceof FeasibilityCheck unavailable) {
            return link.verified(unavailable);
        }
        // A link the check did not see (issuance found more than verification): not verified, never trusted.
        return link.verified(FeasibilityCheck.unavailable("not asked", null));
    }
}
