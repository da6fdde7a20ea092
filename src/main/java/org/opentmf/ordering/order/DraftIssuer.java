package org.opentmf.ordering.order;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issues a v5 draft when a client acknowledges it (PATCH of {@code state} from {@code draft} to
 * {@code acknowledged}). Issuance implements it; the order aggregate only knows that a draft must be issued
 * before it leaves that state, so the arrow stays issuance -> order.
 */
public interface DraftIssuer {

    /**
     * Issues {@code order}, whose new content is {@code tree} (canonical, state {@code acknowledged}): classifies the
     * items as they are now, sets their states, links feasibility, applies special handling to the tree and the
     * entity, and completes the initiating-request record. Runs in the caller's transaction.
     */
    void issue(ProductOrder order, ObjectNode tree);
}
