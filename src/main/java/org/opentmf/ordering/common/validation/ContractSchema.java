package org.opentmf.ordering.common.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.opentmf.ordering.common.error.TmfException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;

/**
 * The JSON Schemas of one version's contract ({@code api-spec/openapi*.yaml}), applied to a request body as the
 * client sent it. This replaced Bean Validation of the generated models: the same rules (required attributes,
 * types, formats, enums, sizes), read from the contract itself, in one pass over the parsed tree rather than
 * reflection over hundreds of classes, which was a third of the CPU of a create and seconds of start-up
 * (README, "What moved the numbers"). networknt json-schema-validator is the maintained validator that
 * understands the OpenAPI 3.0 dialect ({@code nullable}, {@code discriminator}).
 * <p>
 * A discriminated union ({@code oneOf} + {@code discriminator}: a product by value or by reference, a party or a
 * party role, the typed characteristics) is spelt out in plain JSON Schema: {@code @type} must be one of the
 * mapping's names and the object valid against the branch that name maps to (the validator's own discriminator
 * support refuses these unions whatever the value).
 * <p>
 * Each API edge provides its version's contract as a bean (a subclass); {@link Contracts} finds the one that
 * knows a request model.
 */
public class ContractSchema {

    private static final String COMPONENTS = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The OpenAPI 3.0 dialect, with what is not a validation keyword (the document's {@code openapi}, {@code info},
     * {@code paths}, a schema's {@code example}) read as an annotation: the validator's default logs a WARN for each
     * at every start, for keywords the contract is right to have.
     */
    private static final Dialect OPEN_API_30 = Dialect.builder(Dialects.getOpenApi30())
            .unknownKeywordFactory((keyword, context) -> new NonValidationKeyword(keyword))
            .build();

    private final String uri;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Map<String, String> requests;
    private final String modelPackage;

    /**
     * The contract at classpath {@code resource}. {@code requests} maps the simple name of each generated request
     * model (in {@code modelPackage}) to its component; {@code adjust} may change the components first (tests
     * relax what a response may omit).
     */
    public ContractSchema(String resource, String modelPackage, Map<String, String> requests,
            Consumer<ObjectNode> adjust) {
        this.uri = "urn:opentmf:contract:" + resource;
        this.requests = Map.copyOf(requests);
        this.modelPackage = modelPackage;
        String document = document(resource, adjust);
        this.registry = SchemaRegistry.withDefaultDialect(OPEN_API_30,
                builder -> builder.schemas(Map.of(uri, document)));
    }

    private static String document(String resource, Consumer<ObjectNode> adjust) {
        try (InputStream in = ContractSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No contract on the classpath at " + resource);
            }
            JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(in);
            ObjectNode components = (ObjectNode) doc.path("components").path("schemas");
            adjust.accept(components);
            components.forEach(ContractSchema::spellOutUnion);
            return JSON.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + resource, e);
        }
    }

    private static void spellOutUnion(JsonNode schema) {
        if (!(schema instanceof ObjectNode union) || !union.has("oneOf") || !union.has("discriminator")) {
            return;
        }
        ArrayNode branches = union.putArray("anyOf");
        ArrayNode names = JSON.createArrayNode();
        union.path("discriminator").path("mapping").fields().forEachRemaining(m -> {
            names.add(m.getKey());
            ArrayNode branch = branches.addObject().putArray("allOf");
            branch.addObject().putObject("properties").putObject("@type").putArray("enum").add(m.getKey());
            branch.addObject().put("$ref", m.getValue().asText());
        });
        union.remove(List.of("oneOf", "discriminator"));
        union.putArray("required").add("@type");
        union.putObject("properties").putObject("@type").set("enum", names);
    }

    /** The component a generated request model of this contract stands for (empty: not one of its requests). */
    public Optional<String> componentOf(Class<?> model) {
        if (!model.getName().startsWith(modelPackage + ".")) {
            return Optional.empty();
        }
        return Optional.ofNullable(requests.get(model.getSimpleName()));
    }

    /** Compiles the request components now, so that the first request does not pay for it. */
    public void prepare() {
        requests.values().forEach(this::schema);
    }

    /** Refuses {@code tree} with a 400 naming every rule of component {@code name} it breaks. */
    public void check(String name, JsonNode tree) {
        List<Error> errors = errors(name, tree);
        if (!errors.isEmpty()) {
            TreeSet<String> messages = new TreeSet<>();
            errors.forEach(e -> messages.add(describe(e)));
            throw TmfException.badRequest(String.join("; ", messages));
        }
    }

    /**
     * The validator's findings for {@code tree} against component {@code name}, nulls included (a response must
     * not hold them): empty when valid.
     */
    public List<String> problems(String name, JsonNode tree) {
        return schema(name).validate(tree).stream().map(Error::toString).toList();
    }

    /**
     * A {@code null} member is read as "not sent", as the generated models read it: TMF clients send nulls for
     * attributes they have no value for, and the contract (OpenAPI 3.0, no {@code nullable}) would refuse them.
     */
    private List<Error> errors(String name, JsonNode tree) {
        return schema(name).validate(hasNull(tree) ? withoutNulls(tree.deepCopy()) : tree);
    }

    private Schema schema(String name) {
        return schemas.computeIfAbsent(name, n -> registry.getSchema(SchemaLocation.of(uri + COMPONENTS + n)));
    }

    /** "productOrderItem[0].@type is required", "productOrderItem[0].quantity: string found, integer expected". */
    private static String describe(Error error) {
        String at = path(error.getInstanceLocation());
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            return (at.isEmpty() ? "" : at + ".") + error.getProperty() + " is required";
        }
        return (at.isEmpty() ? "request" : at) + ": " + error.getMessage();
    }

    /** The attribute path as our other 400s name it: {@code productOrderItem[0].product.@type}. */
    private static String path(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(element);
            }
        }
        return path.toString();
    }

    private static boolean hasNull(JsonNode node) {
        if (node.isNull()) {
            return true;
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (hasNull(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> member = it.next();
                if (member.getValue().isNull()) {
                    it.remove();
                } else {
                    withoutNulls(member.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(ContractSchema::withoutNulls);
        }
        return node;
    }
}
