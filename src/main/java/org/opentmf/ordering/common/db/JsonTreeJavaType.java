package org.opentmf.ordering.common.db;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hibernate's Java type for the jsonb documents (Jackson {@link ObjectNode}), registered for every entity. Without
 * it ObjectNode is just a Serializable, and Hibernate copies each document through Java serialization whenever it
 * persists an entity (profiling: about 7% of the CPU of a create); the attribute-level {@code @Mutability} covers
 * dirty-checking snapshots only. Copies are Jackson deep copies; values are read and written by
 * {@link JsonbFormatMapper}.
 */
public class JsonTreeJavaType extends AbstractClassJavaType<ObjectNode> {

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonTreeJavaType() {
        super(ObjectNode.class, new JsonTreeMutability());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <X> X unwrap(ObjectNode value, Class<X> type, WrapperOptions options) {
        if (value == null) {
            return null;
        }
        if (type.isInstance(value)) {
            return (X) value;
        }
        if (type == String.class) {
            return (X) value.toString();
        }
        throw unknownUnwrap(type);
    }

    @Override
    public <X> ObjectNode wrap(X value, WrapperOptions options) {
        if (value == null) {
            return null;
        }
        if (value instanceof ObjectNode node) {
            return node;
        }
        if (value instanceof CharSequence text) {
            try {
                return (ObjectNode) JSON.readTree(text.toString());
            } catch (JsonProcessingException | ClassCastException e) {
                throw new IllegalArgumentException("Not a JSON object", e);
            }
        }
        throw unknownWrap(value.getClass());
    }
}
