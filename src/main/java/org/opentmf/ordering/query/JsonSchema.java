package org.opentmf.ordering.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A compact, hand-written description of JSON object types (a subset of the TMF schemas: attribute names,
 * scalar types, object references, arrays), used to validate query paths and to decide array vs object and the
 * JSON type of values. Types may be recursive (ProductRefOrValue.product is ProductRefOrValue[]).
 *
 * <p>Spec syntax for {@link Builder#type(String, String)}: whitespace-separated {@code name[:type][[]]}, where the
 * type is {@code string} (the default), {@code number}, {@code integer}, {@code boolean}, {@code date-time},
 * {@code any} or the name of another type; a {@code []} suffix makes it an array.
 */
public final class JsonSchema {
    static final Pattern NAME = Pattern.compile("@?[A-Za-z][A-Za-z0-9_]*");

    /** One attribute: scalar (scalarType non-null) or object of type typeName; array or not. */
    public record Field(String name, ValueType scalarType, String typeName, boolean array) {
        public boolean isScalar() {
            return scalarType != null;
        }
    }

    /** An object type: attribute name to field, in declaration order. */
    public record Type(String name, Map<String, Field> fields) {
        public Field field(String name) {
            return fields.get(name);
        }
    }

    private final Map<String, Type> types;

    private JsonSchema(Map<String, Type> types) {
        this.types = types;
    }

    public Type type(String name) {
        Type t = types.get(name);
        if (t == null) {
            throw new IllegalArgumentException("Unknown schema type " + name);
        }
        return t;
    }

    public boolean hasType(String name) {
        return types.containsKey(name);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Type> types = new LinkedHashMap<>();

        public Builder type(String name, String spec) {
            Map<String, Field> fields = new LinkedHashMap<>();
            for (String entry : spec.trim().split("\\s+")) {
                String fieldName = entry;
                String typeSpec = "string";
                int colon = entry.indexOf(':');
                if (colon >= 0) {
                    fieldName = entry.substring(0, colon);
                    typeSpec = entry.substring(colon + 1);
                }
                boolean array = typeSpec.endsWith("[]");
                if (array) {
                    typeSpec = typeSpec.substring(0, typeSpec.length() - 2);
                }
                if (!NAME.matcher(fieldName).matches()) {
                    throw new IllegalArgumentException("Bad attribute name '" + fieldName + "' in type " + name);
                }
                ValueType scalar = switch (typeSpec) {
                    case "string" -> ValueType.STRING;
                    case "number" -> ValueType.NUMBER;
                    case "integer" -> ValueType.INTEGER;
                    case "boolean" -> ValueType.BOOLEAN;
                    case "date-time" -> ValueType.DATE_TIME;
                    case "any" -> ValueType.ANY;
                    default -> null;
                };
                Field f = new Field(fieldName, scalar, scalar == null ? typeSpec : null, array);
                if (fields.put(fieldName, f) != null) {
                    throw new IllegalArgumentException("Duplicate attribute " + fieldName + " in type " + name);
                }
            }
            if (types.put(name, new Type(name, Collections.unmodifiableMap(fields))) != null) {
                throw new IllegalArgumentException("Duplicate type " + name);
            }
            return this;
        }

        public JsonSchema build() {
            for (Type t : types.values()) {
                for (Field f : t.fields().values()) {
                    if (!f.isScalar() && !types.containsKey(f.typeName())) {
                        throw new IllegalArgumentException(t.name() + "." + f.name() + " refers to unknown type " + f.typeName());
                    }
                }
            }
            return new JsonSchema(Collections.unmodifiableMap(new LinkedHashMap<>(types)));
        }
    }
}
