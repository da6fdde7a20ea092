package org.opentmf.ordering.common.party;

import java.util.Optional;

/**
 * Who asked, as the domain sees it: never a token, only what the authorisation decided. {@code partyId} is the
 * party the caller acts for (recorded for audit); {@code scoped} says whether it may only see and change that
 * party's orders (a customer-facing client) or every party's (a system client, an administrator, or a server
 * running without authentication).
 */
public record Requester(String subject, String clientId, String partyId, boolean scoped) {

    /** Security is off: nobody is known, everything is visible. */
    public static final Requester UNAUTHENTICATED = new Requester(null, null, null, false);

    public Requester {
        if (scoped && partyId == null) {
            throw new IllegalArgumentException("A party-scoped requester names its party");
        }
    }

    /** The one party whose orders this requester may see and change; empty: all parties. */
    public Optional<String> actingParty() {
        return scoped ? Optional.of(partyId) : Optional.empty();
    }
}
