package org.opentmf.ordering.issuance;

/**
 * A link to a feasibility assessment (TMF679 ProductOfferingQualification) done before the order.
 *
 * @param productOfferingQualificationId     the qualification's id
 * @param productOfferingQualificationHref   its href, when the client gave one
 * @param productOfferingQualificationItemId the qualification item's id, when the client named one
 * @param source where the link came from: {@code productOfferingQualificationItem} or {@code qualification}
 *               on the item, or {@code productOfferingQualification} on the order (covers every item)
 * @param verification what the TMF679 server said about it (null in records written before verification existed)
 */
public record FeasibilityAssessment(String productOfferingQualificationId, String productOfferingQualificationHref,
        String productOfferingQualificationItemId, String source, FeasibilityCheck verification) {

    /** A link as the client gave it, not yet verified. */
    public FeasibilityAssessment(String productOfferingQualificationId, String productOfferingQualificationHref,
            String productOfferingQualificationItemId, String source) {
        this(productOfferingQualificationId, productOfferingQualificationHref, productOfferingQualificationItemId,
                source, null);
    }

    public FeasibilityAssessment verified(FeasibilityCheck check) {
        return new FeasibilityAssessment(productOfferingQualificationId, productOfferingQualificationHref,
                productOfferingQualificationItemId, source, check);
    }

    /** Whether the assessment spares the item special handling. */
    public boolean counts() {
        return verification == null || verification.accepted();
    }
}
