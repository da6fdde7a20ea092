package org.opentmf.ordering.common.db;

import org.hibernate.type.descriptor.java.MutableMutabilityPlan;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** How {@link JsonTreeJavaType} copies a jsonb document: Jackson's own deep copy, not Java serialization. */
public class JsonTreeMutability extends MutableMutabilityPlan<ObjectNode> {

    @Override
    protected ObjectNode deepCopyNotNull(ObjectNode value) {
        return value.deepCopy();
    }
}
