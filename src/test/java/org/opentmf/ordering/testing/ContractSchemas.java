package org.opentmf.ordering.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every response body a test receives is checked against the schemas of our contract for its API version, as the
 * TMF conformance kits do: v5 responses against {@code api-spec/openapi-v5.yaml}, v4 ones against
 * {@code api-spec/openapi.yaml} (OpenAPI 3.0 dialect of networknt json-schema-validator: {@code discriminator} and
 * {@code nullable} understood). Installed for every test by {@link Api}; a body that does not match fails the test
 * that received it with the validator's findings.
 */
public final class ContractSchemas implements Filter {

    private static final String V4 = "urn:opentmf:tmf622:v4";
    private static final String V5 = "urn:opentmf:tmf622:v5";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Required attributes a v4 client may leave out and the server then cannot supply: it accepts such orders (the
     * v4 CTK and real v4 clients send them) and answers with what was sent, so a response is not faulted for them.
     */
    private static final Map<String, String> V4_ECHOED = Map.of("Characteristic", "value", "RelatedParty", "@referredType");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
            builder -> builder.schemas(Map.of(
                    V4, contract("META-INF/openapi-static/openapi.yaml", V4_ECHOED),
                    V5, contract("META-INF/openapi-v5/openapi-v5.yaml", Map.of()))));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    /** The schema of a response to a request with {@code fields}: the resource's, without required attributes. */
    private static final String SELECTED = "_selected";

    private static final Pattern VERSIONED = Pattern.compile(".*/tmf-api/productOrderingManagement/(v4|v5)(/[^?]*).*");

    /**
     * The contract as the validator reads it. A discriminated union ({@code oneOf} + {@code discriminator}: a
     * product by value or by reference, a party or a party role, the typed characteristics) is spelt out in plain
     * JSON Schema: {@code @type} must be one of the mapping's names and the object must be valid against the branch
     * that name maps to. (The validator's own discriminator support rejects these unions with "no matching schema
     * found for discriminator value" whatever the value.)
     */
    private static String contract(String resource, Map<String, String> echoed) {
        try (var in = ContractSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            JsonNode doc = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(in);
            var schemas = (com.fasterxml.jackson.databind.node.ObjectNode) doc.path("components").path("schemas");
            echoed.forEach((name, attribute) -> {
                var required = (com.fasterxml.jackson.databind.node.ArrayNode) schemas.path(name).path("required");
                for (int i = required.size() - 1; i >= 0; i--) {
                    if (required.get(i).asText().equals(attribute)) {
                        required.remove(i);
                    }
                }
            });
            // With fields=..., a response holds the selected first-level attributes only: none is required there.
            for (String name : java.util.List.of("ProductOrder", "CancelProductOrder")) {
                var selected = schemas.get(name).deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) selected).remove("required");
                schemas.set(name + SELECTED, selected);
            }
            schemas.forEach(schema -> {
                if (schema instanceof com.fasterxml.jackson.databind.node.ObjectNode union && union.has("oneOf")
                        && union.has("discriminator")) {
                    var mapping = union.path("discriminator").path("mapping");
                    var branches = union.putArray("anyOf");
                    var names = JSON.createArrayNode();
                    mapping.fields().forEachRemaining(m -> {
                        names.add(m.getKey());
                        var branch = branches.addObject().putArray("allOf");
                        branch.addObject().putObject("properties").putObject("@type").putArray("enum").add(m.getKey());
                        branch.addObject().put("$ref", m.getValue().asText());
                    });
                    union.remove(java.util.List.of("oneOf", "discriminator"));
                    union.putArray("required").add("@type");
                    union.putObject("properties").putObject("@type").set("enum", names);
                }
            });
            return JSON.writeValueAsString(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The findings for {@code body} against schema {@code name} of the contract of {@code version}: empty when valid. */
    public static List<String> problems(String version, String name, JsonNode body) {
        Schema schema = SCHEMAS.computeIfAbsent(version + name, k -> REGISTRY.getSchema(SchemaLocation.of(
                ("v5".equals(version) ? V5 : V4) + "#/components/schemas/" + name)));
        return schema.validate(body).stream().map(Error::toString).toList();
    }

    public static void assertValid(String version, String name, JsonNode body) {
        List<String> problems = problems(version, name, body);
        if (!problems.isEmpty()) {
            throw new AssertionError(version + " response is not a valid " + name + ": " + problems + "\n" + body);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        var m = VERSIONED.matcher(request.getURI());
        String body = response.asString();
        if (!m.matches() || body == null || body.isBlank()
                || !String.valueOf(response.getContentType()).startsWith("application/json")) {
            return response;
        }
        String version = m.group(1);
        String found = schemaFor(version, m.group(2), response.statusCode());
        if (found == null) {
            return response;
        }
        boolean selected = request.getURI().matches(".*[?&]fields=.*") && response.statusCode() < 400
                && (found.equals("ProductOrder") || found.equals("CancelProductOrder"));
        String schema = selected ? found + SELECTED : found;
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("Response is not JSON: " + body, e);
        }
        if (tree.isArray()) {
            tree.forEach(element -> assertValid(version, schema, element));
        } else {
            assertValid(version, schema, tree);
        }
        return response;
    }

    /** The contract schema of a response of this path and status (null: nothing of ours to check). */
    private static String schemaFor(String version, String path, int status) {
        if (status >= 400) {
            return "Error";
        }
        if (path.matches("/productOrder/[^/]+/initiatingRequest")) {
            return "InitiatingRequest";
        }
        if (path.startsWith("/productOrder")) {
            return "ProductOrder";
        }
        if (path.startsWith("/cancelProductOrder")) {
            return "CancelProductOrder";
        }
        if (path.startsWith("/hub")) {
            return "v5".equals(version) ? "Hub" : "EventSubscription";
        }
        if (path.startsWith("/admin/deadLetter")) {
            return path.endsWith("/replay") ? "DeadLetterReplay" : "DeadLetter";
        }
        return null;
    }
}
