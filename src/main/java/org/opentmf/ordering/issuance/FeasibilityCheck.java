package org.opentmf.ordering.issuance;

/**
 * What issuance learnt about one feasibility assessment from the TMF679 server, as kept in the initiating-request
 * record (dates as TMF date-time strings: the record's jsonb is written without the REST layer's date rules).
 *
 * @param verified            true when the server answered (the POQ was found, or it said 404)
 * @param accepted            true when the assessment counts: the item needs no special handling
 * @param productOfferingQualificationState the POQ's state, as the server gave it
 * @param qualificationResult the result that was judged: the named item's {@code qualificationItemResult}, or the
 *                            POQ's {@code qualificationResult} (or its items' results) when no item was named
 * @param expirationDate      the expiration date that was judged (the item's, else the POQ's)
 * @param checkedAt           when the server gave the answer
 * @param reason              why it does not count, could not be verified, or was not verified; null when it counts
 */
public record FeasibilityCheck(boolean verified, boolean accepted, String productOfferingQualificationState,
        String qualificationResult, String expirationDate, String checkedAt, String reason) {

    /** The reason when the TMF679 server could not be asked or did not answer in time. */
    public static final String COULD_NOT_BE_VERIFIED = "feasibility could not be verified";

    /** No TMF679 server is configured: the client's word is taken, and the record says so. */
    static FeasibilityCheck trusted() {
        return new FeasibilityCheck(false, true, null, null, null, null,
                "not verified: no TMF679 server is configured (ordering.feasibility.tmf679-url)");
    }

    static FeasibilityCheck unavailable(String detail, String checkedAt) {
        return new FeasibilityCheck(false, false, null, null, null, checkedAt, COULD_NOT_BE_VERIFIED + " (" + detail + ")");
    }
}
