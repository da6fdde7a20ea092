package org.opentmf.ordering.issuance;

/**
 * A link to a feasibility assessment (TMF679 ProductOfferingQualification) done before the order.
 *
 * @param productOfferingQualificationId     the qualification's id
 * @param productOfferingQualificationHref   its href, when the client gave one
 * @param productOfferingQualificationItemId the qualification item's id, when the client named one
 * @param source where the link came from: {@code productOfferingQualificationItem} or {@code qualification}
 *               on the item, or {@code productOfferingQualification} on the order (covers every item)
 */
public record FeasibilityAssessment(String productOfferingQualificationId, String productOfferingQualificationHref,
        String productOfferingQualificationItemId, String source) {
}
