package org.opentmf.ordering.common.db;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.AbstractClassJavaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hibernate's Java type for the jsonb documents (Jackson {@link ObjectNode}), named on each document attribute with
 * {@code @JavaType}. Without it ObjectNode is just a Serializable, and Hibernate copies each document through Java
 * serialization when it persists an entity and when it snapshots one for dirty checking (profiling: about 7% of the
 * CPU of a create; an attribute-level {@code @Mutability} only covered the snapshots). Copies are Jackson deep
 * copies ({@link JsonTreeMutability}); values are read and written by {@link JsonbFormatMapper}.
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
