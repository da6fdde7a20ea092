package org.opentmf.ordering.order;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How one API version shows a product order. A change expressed in a version's own terms (a PATCH) is applied
 * to the order as that version shows it; the API edge hands its representation to the domain for that, so the
 * domain never needs to know any version. Every rule of the domain then runs on the canonical tree
 * ({@link ProductOrderDocument}).
 */
public interface OrderRepresentation {

    /** First-level attributes that only the server writes in this version; a PATCH naming one is refused. */
    Set<String> serverOwned();

    /** The order as this version shows it, from the canonical tree (which is not modified). */
    ObjectNode toVersion(ObjectNode canonical);

    /**
     * A whole order in this version's shape, checked against this version's model (a 400 naming what is wrong),
     * as a canonical tree.
     */
    ObjectNode toCanonical(ObjectNode versionTree);
}
