package org.opentmf.ordering.api.v4;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

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
    Validator validator;

    @Override
    public Set<String> serverOwned() {
        return SERVER_OWNED;
    }

    @Override
    public ObjectNode toVersion(ObjectNode canonical) {
        return canonical.deepCopy();
    }

    /** The same checks as on create: the v4 model's types and Bean Validation constraints. */
    @Override
    public ObjectNode toCanonical(ObjectNode versionTree) {
        ProductOrder model;
        try {
            model = json.treeToValue(versionTree, ProductOrder.class);
        } catch (JsonProcessingException e) {
            throw TmfException.badRequest(JsonErrors.describe(e));
        }
        Set<ConstraintViolation<ProductOrder>> violations = validator.validate(model);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return versionTree;
    }
}
