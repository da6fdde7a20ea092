package org.opentmf.ordering.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Turns Jackson failures into messages a client can act on: which field, what was expected. No internals. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static String describe(JsonProcessingException e) {
        if (Causes.include(e, StreamConstraintsException.class)) {
            return "Request body is nested too deeply or too large";
        }
        // Jackson wraps parse errors met while binding in a JsonMappingException: look through it.
        JsonParseException malformed = Causes.find(e, JsonParseException.class);
        if (malformed != null) {
            return malformed.getLocation() == null ? "Malformed JSON"
                    : "Malformed JSON at line " + malformed.getLocation().getLineNr() + ", column "
                            + malformed.getLocation().getColumnNr();
        }
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping);
            if (e instanceof InvalidFormatException invalid) {
                return "Invalid value for '" + field + "': expected " + expected(invalid.getTargetType());
            }
            if (e instanceof MismatchedInputException mismatched) {
                if (mismatched.getOriginalMessage() != null && mismatched.getOriginalMessage().startsWith("Trailing token")) {
                    return "Unexpected content after the JSON document" + (e.getLocation() == null ? "" : " at line "
                            + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr())
                            + ": a request body is one JSON document";
                }
                if (mismatched.getTargetType() != null && field.isEmpty()) {
                    return "Request body must be a JSON object";
                }
                return "Invalid value for '" + field + "'"
                        + (mismatched.getTargetType() == null ? "" : ": expected " + expected(mismatched.getTargetType()));
            }
            return field.isEmpty() ? "Invalid request body" : "Invalid value for '" + field + "'";
        }
        return "Invalid request body";
    }

    public static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            }
        }
        return out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                values.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return values.toString();
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            // the range of TmfObjectMapperCustomizer.EARLIEST .. LATEST
            return "an ISO-8601 date-time string such as 2026-01-31T10:15:30.000Z, from year 0001 to 9999";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
