package org.opentmf.ordering.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Derives the query engine's {@link JsonSchema} from an OpenAPI 3 contract's {@code components.schemas}: the
 * named types and every type reachable from them, with their properties' names and types. The contract is the
 * one source of truth, so what a list query may name is exactly what the API describes.
 *
 * <p>Understood: {@code type: string} (with {@code format: date-time}), {@code number}, {@code integer},
 * {@code boolean}, {@code array} of any of these, and {@code $ref} to an object schema with {@code properties},
 * to a string {@code enum} (a string), to a {@code oneOf} of object schemas (the v5 unions such as
 * ProductRefOrValue: one type with the attributes of every branch; an attribute whose type differs between
 * branches, like a typed characteristic's {@code value}, is any JSON value), or to the schema named {@code Any}
 * or an object schema without properties (any JSON value; also an inline {@code type: object}). Anything else
 * ({@code allOf}, an inline object with properties) is refused when the schema is built, so a contract the engine
 * cannot follow stops the server at start rather than making attributes silently unqueryable.
 */
public final class OpenApiSchemas {

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final String ANY = "Any";

    private OpenApiSchemas() {
    }

    /** The contract on the classpath (YAML), e.g. {@code META-INF/openapi-static/openapi.yaml}. */
    public static JsonSchema fromClasspath(String resource, String... roots) {
        try (InputStream in = OpenApiSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No OpenAPI contract on the classpath at " + resource);
            }
            return derive(new ObjectMapper(new YAMLFactory()).readTree(in), roots);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI contract " + resource, e);
        }
    }

    /** The types named by {@code roots} and every type reachable from them. */
    public static JsonSchema derive(JsonNode openApi, String... roots) {
        JsonNode schemas = openApi.path("components").path("schemas");
        JsonSchema.Builder builder = JsonSchema.builder();
        Set<String> done = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(roots));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!done.add(name)) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (JsonNode schema : branches(schemas, name)) {
                if (!schema.path("properties").isObject()) {
                    throw new IllegalStateException("Schema " + name + " has no properties the query engine can follow");
                }
                for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                    String type = typeOf(schemas, name + "." + p.getKey(), p.getValue());
                    fields.merge(p.getKey(), type, OpenApiSchemas::either);
                }
            }
            for (String type : fields.values()) {
                String referenced = type.endsWith("[]") ? type.substring(0, type.length() - 2) : type;
                if (schemas.has(referenced)) {
                    todo.add(referenced);
                }
            }
            builder.type(name, String.join(" ", fields.entrySet().stream().map(f -> f.getKey() + ":" + f.getValue()).toList()));
        }
        return builder.build();
    }

    /** A plain object schema is its own only branch; a {@code oneOf} has the schemas it names. */
    private static List<JsonNode> branches(JsonNode schemas, String name) {
        JsonNode schema = schemas.path(name);
        if (!schema.has("oneOf")) {
            return List.of(schema);
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode branch : schema.get("oneOf")) {
            String ref = branch.path("$ref").asText();
            if (!ref.startsWith(REF_PREFIX)) {
                throw new IllegalStateException(name + ": oneOf branches must be $refs to object schemas");
            }
            out.add(schemas.path(ref.substring(REF_PREFIX.length())));
        }
        return out;
    }

    /** The type of an attribute two union branches both have: the same, or any JSON value when they differ. */
    private static String either(String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        return a.endsWith("[]") && b.endsWith("[]") ? "any[]" : "any";
    }

    /** The spec word of {@link JsonSchema.Builder#type(String, String)} for one property. */
    private static String typeOf(JsonNode schemas, String where, JsonNode p) {
        if (p.has("$ref")) {
            String ref = p.get("$ref").asText();
            if (!ref.startsWith(REF_PREFIX)) {
                throw new IllegalStateException(where + ": unsupported $ref " + ref);
            }
            String name = ref.substring(REF_PREFIX.length());
            JsonNode target = schemas.path(name);
            if (name.equals(ANY)) {
                return "any";
            }
            if (target.has("enum") && "string".equals(target.path("type").asText())) {
                return "string";
            }
            if (target.path("properties").isObject() || target.has("oneOf")) {
                return name;
            }
            if ("object".equals(target.path("type").asText())) {
                return "any"; // an object the contract leaves open (e.g. a party by value)
            }
            throw new IllegalStateException(where + ": $ref to " + name + ", which is neither an object, a string enum nor Any");
        }
        String type = p.path("type").asText();
        return switch (type) {
            case "string" -> "date-time".equals(p.path("format").asText()) ? "date-time" : "string";
            case "number", "integer", "boolean" -> type;
            case "object" -> {
                if (p.has("properties")) {
                    throw new IllegalStateException(where + ": inline objects with properties are not supported; name them");
                }
                yield "any";
            }
            case "array" -> {
                String items = typeOf(schemas, where + "[]", p.path("items"));
                if (items.endsWith("[]")) {
                    throw new IllegalStateException(where + ": arrays of arrays are not queryable");
                }
                yield items + "[]";
            }
            default -> throw new IllegalStateException(where + ": unsupported schema " + p);
        };
    }
}
