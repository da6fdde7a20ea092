package org.opentmf.ordering.api.v5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The {@code @type} rules of our v5 contract ({@code api-spec/openapi-v5.yaml}), read from the contract itself.
 * TMF622 v5 requires {@code @type} on almost every object; the stored orders (v4-shaped, and what v4 clients
 * send) mostly have none. Walking a tree along the contract's schemas, {@link #fill} gives every object that
 * must have one and has none the schema's own name ({@code Note}, {@code ProductOfferingRef}, ...), and picks
 * the default branch of a union ({@code Product} for ProductRefOrValue, {@code PartyRef} for a party); a
 * {@code @type} that is there is kept. {@link #strip} is the reverse for what v5 clients send: an {@code @type}
 * that {@link #fill} would put back is not stored, so the stored document stays what a v4 client expects.
 */
final class V5Types {

    static final String CONTRACT = "META-INF/openapi-v5/openapi-v5.yaml";
    private static final String REF = "#/components/schemas/";

    private final JsonNode schemas;

    private V5Types(JsonNode schemas) {
        this.schemas = schemas;
    }

    static V5Types fromClasspath() {
        try (InputStream in = V5Types.class.getClassLoader().getResourceAsStream(CONTRACT)) {
            if (in == null) {
                throw new IllegalStateException("No v5 contract on the classpath at " + CONTRACT);
            }
            return new V5Types(new ObjectMapper(new YAMLFactory()).readTree(in).path("components").path("schemas"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the v5 contract", e);
        }
    }

    /** Gives {@code node} (an instance of schema {@code schema}) and everything in it the {@code @type}s it lacks. */
    void fill(JsonNode node, String schema) {
        walk(node, schema, true);
    }

    /** Removes the {@code @type}s {@link #fill} would write, from {@code node} and everything in it. */
    void strip(JsonNode node, String schema) {
        walk(node, schema, false);
    }

    private void walk(JsonNode node, String name, boolean fill) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        JsonNode schema = schemas.path(name);
        if (schema.has("oneOf")) {
            JsonNode mapping = schema.path("discriminator").path("mapping");
            String sent = object.path("@type").asText(null);
            String byDefault = defaultBranch(name, object, mapping);
            String chosen = sent != null && mapping.has(sent) ? sent : byDefault;
            if (fill) {
                object.put("@type", chosen);
            } else if (byDefault.equals(sent) && !isCharacteristic(name)) {
                object.remove("@type"); // characteristics: V5Representation decides (valueType)
            }
            walkProperties(object, schemas.path(target(mapping.path(chosen).asText())), fill);
            return;
        }
        String own = ownName(name);
        if (fill && !object.has("@type") && required(schema, "@type")) {
            object.put("@type", own);
        } else if (!fill && own.equals(object.path("@type").asText(null))) {
            object.remove("@type");
        }
        walkProperties(object, schema, fill);
    }

    private void walkProperties(ObjectNode object, JsonNode schema, boolean fill) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode value = object.get(property.getKey());
            if (value == null) {
                continue;
            }
            JsonNode spec = property.getValue();
            if (spec.has("$ref")) {
                walk(value, target(spec.get("$ref").asText()), fill);
            } else if (spec.path("items").has("$ref") && value.isArray()) {
                String item = target(spec.path("items").path("$ref").asText());
                value.forEach(element -> walk(element, item, fill));
            }
        }
    }

    /** The branch an object without a (known) {@code @type} is taken as: the first, or for a characteristic its value's. */
    private static String defaultBranch(String union, ObjectNode object, JsonNode mapping) {
        if (isCharacteristic(union)) {
            return Characteristics.typeOf(object.path("valueType").asText(null), object.get("value"));
        }
        return mapping.fieldNames().next();
    }

    private static boolean isCharacteristic(String schema) {
        return schema.startsWith("Characteristic");
    }

    private static boolean required(JsonNode schema, String property) {
        for (JsonNode r : schema.path("required")) {
            if (r.asText().equals(property)) {
                return true;
            }
        }
        return false;
    }

    /** {@code Note_FVO} is a {@code Note}: the request and patch forms carry the resource's own @type. */
    private static String ownName(String schema) {
        return schema.replaceFirst("_(FVO|MVO)$", "");
    }

    private static String target(String ref) {
        return ref.startsWith(REF) ? ref.substring(REF.length()) : ref;
    }
}
