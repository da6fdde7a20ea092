package org.opentmf.ordering.order;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;

import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.order.patch.InvalidPatchException;
import org.opentmf.ordering.order.patch.JsonMergePatch;
import org.opentmf.ordering.order.patch.JsonPatch;
import org.opentmf.ordering.order.patch.JsonPatchQuery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A PATCH body and how to apply it: RFC 7386 merge patch ({@code application/merge-patch+json} and plain
 * {@code application/json}), RFC 6902 JSON Patch ({@code application/json-patch+json}) or TMF630 JSON Patch Query
 * ({@code application/json-patch-query+json}, {@link JsonPatchQuery}). Built from the raw
 * bytes, never from the generated model: a merge patch's nulls and a JSON Patch array do not survive it.
 */
public record OrderPatch(Kind kind, JsonNode document) {

    public static final String MERGE_PATCH = "application/merge-patch+json";
    public static final String JSON_PATCH = "application/json-patch+json";
    public static final String JSON_PATCH_QUERY = "application/json-patch-query+json";

    public enum Kind { MERGE_PATCH, JSON_PATCH, JSON_PATCH_QUERY }

    public static OrderPatch of(MediaType mediaType, byte[] body, ObjectMapper mapper) {
        String type = mediaType == null ? "" : (mediaType.getType() + "/" + mediaType.getSubtype()).toLowerCase();
        Kind kind = switch (type) {
            case MERGE_PATCH, MediaType.APPLICATION_JSON -> Kind.MERGE_PATCH;
            case JSON_PATCH -> Kind.JSON_PATCH;
            case JSON_PATCH_QUERY -> Kind.JSON_PATCH_QUERY;
            default -> throw TmfException.unsupportedMediaType("PATCH accepts " + MERGE_PATCH + ", "
                    + MediaType.APPLICATION_JSON + ", " + JSON_PATCH + " or " + JSON_PATCH_QUERY + ", not '" + type + "'");
        };
        try {
            return new OrderPatch(kind, mapper.readTree(body));
        } catch (IOException e) {
            throw TmfException.badRequest("The PATCH body is not valid JSON");
        }
    }

    /** The patched copy of {@code target}; {@code target} itself is never modified. */
    public JsonNode applyTo(JsonNode target) {
        return switch (kind) {
            case MERGE_PATCH -> JsonMergePatch.apply(target, document);
            case JSON_PATCH -> JsonPatch.apply(target, document);
            case JSON_PATCH_QUERY -> JsonPatch.apply(target, JsonPatchQuery.resolve(document, target));
        };
    }

    /**
     * The first-level members the patch writes (sets, removes, moves away). A JSON Patch {@code test} only
     * reads, and so does the source of a {@code copy}: neither counts. {@code ""} stands for the whole document.
     */
    public List<String> writtenTopLevelFields() {
        if (kind == Kind.MERGE_PATCH) {
            return JsonMergePatch.touchedTopLevelFields(document);
        }
        JsonNode operations = kind == Kind.JSON_PATCH_QUERY ? withoutQueries(document) : document;
        JsonPatch.touchedTopLevelFields(operations); // validates the operations (InvalidPatchException)
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode op : operations) {
            String name = op.path("op").asText();
            if (name.equals("test")) {
                continue;
            }
            fields.add(firstToken(op.path("path").asText()));
            if (name.equals("move")) {
                fields.add(firstToken(op.path("from").asText()));
            }
        }
        return new ArrayList<>(fields);
    }

    /** A query narrows the elements of an array, never the first-level member a path writes: checked without it. */
    private static JsonNode withoutQueries(JsonNode patch) {
        if (!patch.isArray()) {
            return patch;
        }
        com.fasterxml.jackson.databind.node.ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (JsonNode op : patch) {
            if (op instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                com.fasterxml.jackson.databind.node.ObjectNode copy = o.deepCopy();
                for (String member : new String[] { "path", "from" }) {
                    if (copy.path(member).isTextual()) {
                        copy.put(member, JsonPatchQuery.withoutQuery(copy.get(member).asText()));
                    }
                }
                out.add(copy);
            } else {
                out.add(op);
            }
        }
        return out;
    }

    private static String firstToken(String pointer) {
        if (pointer.isEmpty()) {
            return JsonPatch.WHOLE_DOCUMENT;
        }
        int end = pointer.indexOf('/', 1);
        String token = end < 0 ? pointer.substring(1) : pointer.substring(1, end);
        if (!pointer.startsWith("/")) {
            throw new InvalidPatchException("'" + pointer + "' is not a JSON Pointer");
        }
        return token.replace("~1", "/").replace("~0", "~");
    }
}
