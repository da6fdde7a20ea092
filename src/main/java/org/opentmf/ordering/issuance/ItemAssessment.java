package org.opentmf.ordering.issuance;

/**
 * How issuance judged one requested item.
 *
 * @param itemId                the item's id in the order (nested items included)
 * @param classification        {@code offTheShelf} or {@code bespoke}
 * @param bespokeReason         why it is bespoke (null when off the shelf)
 * @param feasibilityAssessment the feasibility check linked to it, or null
 * @param specialHandling       true when it is bespoke and no feasibility check was done
 */
public record ItemAssessment(String itemId, String classification, String bespokeReason,
        FeasibilityAssessment feasibilityAssessment, boolean specialHandling) {

    public static final String OFF_THE_SHELF = "offTheShelf";
    public static final String BESPOKE = "bespoke";

    public boolean bespoke() {
        return BESPOKE.equals(classification);
    }
}
