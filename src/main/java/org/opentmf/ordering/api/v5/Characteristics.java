package org.opentmf.ordering.api.v5;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * v4 characteristics are {@code {name, valueType, value}}; v5 ones are typed by {@code @type}
 * ({@code StringCharacteristic}, {@code BooleanArrayCharacteristic}, ...). The v5 type of a v4 characteristic comes
 * from its {@code valueType} or, without a known one, from the JSON value; the v4 {@code valueType} of a v5 one from
 * its {@code @type} (an array characteristic has the element's word: its value is an array).
 */
final class Characteristics {

    /** v4 valueType word -> v5 type prefix. */
    private static final Map<String, String> BY_VALUE_TYPE = Map.of("string", "String", "boolean", "Boolean",
            "integer", "Integer", "number", "Number", "float", "Float", "object", "Object");

    static final Set<String> TYPES = Set.of("StringCharacteristic", "StringArrayCharacteristic",
            "NumberCharacteristic", "NumberArrayCharacteristic", "IntegerCharacteristic", "IntegerArrayCharacteristic",
            "FloatCharacteristic", "FloatArrayCharacteristic", "BooleanCharacteristic", "BooleanArrayCharacteristic",
            "ObjectCharacteristic", "ObjectArrayCharacteristic");

    private Characteristics() {
    }

    /** The v5 @type for a characteristic with this valueType (may be null) and value. */
    static String typeOf(String valueType, JsonNode value) {
        String base = valueType == null ? null : BY_VALUE_TYPE.get(valueType.toLowerCase(java.util.Locale.ROOT));
        boolean array = value != null && value.isArray();
        if (base == null) {
            JsonNode sample = array ? (value.isEmpty() ? null : value.get(0)) : value;
            base = sample == null || sample.isTextual() || sample.isNull() ? "String"
                    : sample.isBoolean() ? "Boolean"
                    : sample.isIntegralNumber() ? "Integer"
                    : sample.isNumber() ? "Number"
                    : "Object";
        }
        return base + (array ? "Array" : "") + "Characteristic";
    }

    /** The v4 valueType of a v5 characteristic type, e.g. {@code IntegerArrayCharacteristic} -> {@code integer}. */
    static String valueTypeOf(String type) {
        String base = type.substring(0, type.length() - "Characteristic".length()).replaceFirst("Array$", "");
        return base.toLowerCase(java.util.Locale.ROOT);
    }
}
