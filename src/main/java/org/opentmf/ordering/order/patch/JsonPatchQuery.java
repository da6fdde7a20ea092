package org.opentmf.ordering.order.patch;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * TMF630 part 5, JSON Patch Query ({@code application/json-patch-query+json}): a JSON Patch whose {@code path} (or
 * {@code from}) may end in a query that selects array elements, e.g.
 * {@code /productOrderItem/quantity?productOrderItem.id=2} is {@code /productOrderItem/<i>/quantity} for every item
 * {@code i} whose {@code id} is {@code 2}. Conditions are {@code &}-separated {@code array.attribute=value} pairs
 * (dotted attributes reach into the element), all of which must hold. Resolved against the document it will be
 * applied to, into a plain RFC 6902 patch ({@link JsonPatch}); a query that selects nothing is refused.
 */
public final class JsonPatchQuery {

    private JsonPatchQuery() {
    }

    /** The plain JSON Patch that {@code patch} means for {@code target} (neither is modified). */
    public static ArrayNode resolve(JsonNode patch, JsonNode target) {
        if (!patch.isArray()) {
            throw new InvalidPatchException("A JSON Patch document must be an array of operations");
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        int index = 0;
        for (JsonNode op : patch) {
            if (!(op instanceof ObjectNode operation)) {
                throw new InvalidPatchException("operation " + index + " is not an object");
            }
            List<String> paths = pointers(operation.path("path").asText(""), target, index);
            List<String> froms = operation.has("from") ? pointers(operation.get("from").asText(""), target, index) : null;
            if (froms != null && froms.size() != 1) {
                throw new InvalidPatchException("operation " + index + ": 'from' must select exactly one value");
            }
            for (String path : paths) {
                ObjectNode resolved = operation.deepCopy();
                resolved.put("path", path);
                if (froms != null) {
                    resolved.put("from", froms.get(0));
                }
                out.add(resolved);
            }
            index++;
        }
        return out;
    }

    /** The pointer part of a path with a query ({@code /a/b?a.id=1} -> {@code /a/b}): what it writes at top level. */
    public static String withoutQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    /** The plain pointers a path with (or without) a query stands for. */
    private static List<String> pointers(String path, JsonNode target, int index) {
        int q = path.indexOf('?');
        if (q < 0) {
            return List.of(path);
        }
        String pointer = path.substring(0, q);
        String[] conditions = path.substring(q + 1).split("&");
        String array = null;
        List<String[]> tests = new ArrayList<>();
        for (String condition : conditions) {
            int eq = condition.indexOf('=');
            int dot = condition.indexOf('.');
            if (eq < 0 || dot < 0 || dot > eq) {
                throw new InvalidPatchException("operation " + index + ": query '" + condition
                        + "' is not of the form array.attribute=value");
            }
            String root = condition.substring(0, dot);
            if (array != null && !array.equals(root)) {
                throw new InvalidPatchException("operation " + index + ": a query selects elements of one array");
            }
            array = root;
            tests.add(new String[] { condition.substring(dot + 1, eq), condition.substring(eq + 1) });
        }
        String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
        int at = -1;
        JsonNode node = target;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].equals(array)) {
                at = i;
                node = node.path(tokens[i]);
                break;
            }
            node = node.isArray() ? node.path(parseIndex(tokens[i])) : node.path(tokens[i]);
        }
        if (at < 0 || !node.isArray()) {
            throw new InvalidPatchException("operation " + index + ": the query names '" + array
                    + "', which is not an array on the path " + pointer);
        }
        String head = "/" + String.join("/", java.util.Arrays.copyOfRange(tokens, 0, at + 1));
        String tail = at + 1 < tokens.length
                ? "/" + String.join("/", java.util.Arrays.copyOfRange(tokens, at + 1, tokens.length)) : "";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (matches(node.get(i), tests)) {
                out.add(head + "/" + i + tail);
            }
        }
        if (out.isEmpty()) {
            throw new InvalidPatchException("operation " + index + ": no element of '" + array + "' matches '"
                    + path.substring(q + 1) + "'");
        }
        return out;
    }

    private static boolean matches(JsonNode element, List<String[]> tests) {
        for (String[] test : tests) {
            JsonNode value = element;
            for (String segment : test[0].split("\\.")) {
                value = value.path(segment);
            }
            if (!value.isValueNode() || !value.asText().equals(test[1])) {
                return false;
            }
        }
        return true;
    }

    private static int parseIndex(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
