package org.opentmf.ordering.api.v5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Each schema's {@code @type} rules, read once from the contract. A walk then looks at the few properties that
     * lead to other objects, instead of probing the tree for each of a schema's properties and reading its JSON
     * Schema again (7% of a v5 create's CPU samples; the whole v5 conversion was a tenth).
     */
    private final Map<String, Shape> shapes;

    /**
     * One schema: its own {@code @type} name and whether it requires one, or for a union ({@code oneOf}) its
     * discriminator mapping ({@code @type} to schema, the default branch first); the properties holding objects.
     */
    private record Shape(String ownName, boolean typeRequired, Map<String, String> branches, List<Link> links) {
        boolean union() {
            return branches != null;
        }
    }

    /** A property whose value is an instance of {@code schema}, or with {@code array}, an array of them. */
    private record Link(String property, String schema, boolean array) {
    }

    private V5Types(JsonNode schemas) {
        Map<String, Shape> read = new HashMap<>();
        schemas.fields().forEachRemaining(schema -> read.put(schema.getKey(), shape(schema.getKey(), schema.getValue())));
        this.shapes = Map.copyOf(read);
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

    private static Shape shape(String name, JsonNode schema) {
        Map<String, String> branches = null;
        if (schema.has("oneOf")) {
            branches = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("discriminator").path("mapping").fields();
                    it.hasNext();) {
                Map.Entry<String, JsonNode> branch = it.next();
                branches.put(branch.getKey(), target(branch.getValue().asText()));
            }
        }
        List<Link> links = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode spec = property.getValue();
            if (spec.has("$ref")) {
                links.add(new Link(property.getKey(), target(spec.get("$ref").asText()), false));
            } else if (spec.path("items").has("$ref")) {
                links.add(new Link(property.getKey(), target(spec.path("items").path("$ref").asText()), true));
            }
        }
        return new Shape(ownName(name), required(schema, "@type"), branches, List.copyOf(links));
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
        Shape shape = shapes.get(name);
        if (shape == null) {
            // not in the contract (a $ref always is): no rule but the schema's own name
            shape = new Shape(ownName(name), false, null, List.of());
        }
        if (shape.union()) {
            String sent = object.path("@type").asText(null);
            String byDefault = defaultBranch(name, object, shape.branches());
            String chosen = sent != null && shape.branches().containsKey(sent) ? sent : byDefault;
            if (fill) {
                object.put("@type", chosen);
            } else if (byDefault.equals(sent) && !isCharacteristic(name)) {
                object.remove("@type"); // characteristics: V5Representation decides (valueType)
            }
            Shape branch = shapes.get(shape.branches().getOrDefault(chosen, ""));
            if (branch != null) {
                walkLinks(object, branch, fill);
            }
            return;
        }
        if (fill && shape.typeRequired() && !object.has("@type")) {
            object.put("@type", shape.ownName());
        } else if (!fill && shape.ownName().equals(object.path("@type").asText(null))) {
            object.remove("@type");
        }
        walkLinks(object, shape, fill);
    }

    private void walkLinks(ObjectNode object, Shape shape, boolean fill) {
        for (Link link : shape.links()) {
            JsonNode value = object.get(link.property());
            if (value == null) {
                continue;
            }
            if (!link.array()) {
                walk(value, link.schema(), fill);
            } else if (value.isArray()) {
                for (JsonNode element : value) {
                    walk(element, link.schema(), fill);
                }
            }
        }
    }

    /** The branch an object without a (known) {@code @type} is taken as: the first, or for a characteristic its value's. */
    private static String defaultBranch(String union, ObjectNode object, Map<String, String> branches) {
        if (isCharacteristic(union)) {
            return Characteristics.typeOf(object.path("valueType").asText(null), object.get("value"));
        }
        return branches.keySet().iterator().next();
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
