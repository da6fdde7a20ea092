package org.opentmf.ordering.api.v4;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.opentmf.ordering.api.v4.contract.model.ProductOrder;
import org.opentmf.ordering.common.error.JsonErrors;
import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.order.OrderRepresentation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * TMF622 v4 as a representation of the domain's orders. The canonical tree is the v4 shape, so the translation
 * is the identity; what this adds is the v4 model's own checks on a patched order.
 */
@ApplicationScoped
public class V4Representation implements OrderRepresentation {

    private static final Set<String> SERVER_OWNED = Set.of("id", "href", "orderDate", "completionDate",
            "cancellationDate");

    @Inject
    ObjectMapper json;

    @Inject
    V4Contract contract;

    @Override
    public Set<String> serverOwned() {
        return SERVER_OWNED;
    }

    @Override
    public ObjectNode toVersion(ObjectNode canonical) {
        return canonical.deepCopy();
    }

    /** The same checks as on create: the v4 model's types, then the contract's rules for a whole order. */
    @Override
    public ObjectNode toCanonical(ObjectNode versionTree) {
        try {
            json.treeToValue(versionTree, ProductOrder.class);
        } catch (JsonProcessingException e) {
            throw TmfException.badRequest(JsonErrors.describe(e));
        }
        contract.check("ProductOrder", versionTree);
        return versionTree;
    }
}
