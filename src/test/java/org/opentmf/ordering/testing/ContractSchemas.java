package org.opentmf.ordering.testing;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.opentmf.ordering.common.validation.ContractSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every response body a test receives is checked against the schemas of our contract for its API version, as the
 * TMF conformance kits do: v5 responses against {@code api-spec/openapi-v5.yaml}, v4 ones against
 * {@code api-spec/openapi.yaml}, read as the server reads them for requests ({@link ContractSchema}). Installed for every test by {@link Api}; a body that does not match fails the test
 * that received it with the validator's findings.
 */
public final class ContractSchemas implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Required attributes a v4 client may leave out and the server then cannot supply: it accepts such orders (the
     * v4 CTK and real v4 clients send them) and answers with what was sent, so a response is not faulted for them.
     */
    private static final Map<String, String> V4_ECHOED = Map.of("Characteristic", "value", "RelatedParty", "@referredType");

    /** The schema of a response to a request with {@code fields}: the resource's, without required attributes. */
    private static final String SELECTED = "_selected";

    /** The server's own reading of each contract (unions spelt out), with the response-side adjustments. */
    private static final ContractSchema V4 = new ContractSchema("META-INF/openapi-static/openapi.yaml",
            "org.opentmf.ordering.api.v4.contract.model", Map.of(), schemas -> {
                V4_ECHOED.forEach((name, attribute) -> {
                    ArrayNode required = (ArrayNode) schemas.path(name).path("required");
                    for (int i = required.size() - 1; i >= 0; i--) {
                        if (required.get(i).asText().equals(attribute)) {
                            required.remove(i);
                        }
                    }
                });
                addSelected(schemas);
            });
    private static final ContractSchema V5 = new ContractSchema("META-INF/openapi-v5/openapi-v5.yaml",
            "org.opentmf.ordering.api.v5.contract.model", Map.of(), ContractSchemas::addSelected);

    private static final Pattern VERSIONED = Pattern.compile(".*/tmf-api/productOrderingManagement/(v4|v5)(/[^?]*).*");

    /** With fields=..., a response holds the selected first-level attributes only: none is required there. */
    private static void addSelected(ObjectNode schemas) {
        for (String name : List.of("ProductOrder", "CancelProductOrder")) {
            ObjectNode selected = schemas.get(name).deepCopy();
            selected.remove("required");
            schemas.set(name + SELECTED, selected);
        }
    }

    /** The findings for {@code body} against schema {@code name} of the contract of {@code version}: empty when valid. */
    public static List<String> problems(String version, String name, JsonNode body) {
        return ("v5".equals(version) ? V5 : V4).problems(name, body);
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
