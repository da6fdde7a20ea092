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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A PATCH body and how to apply it: RFC 7386 merge patch ({@code application/merge-patch+json} and plain
 * {@code application/json}) or RFC 6902 JSON Patch ({@code application/json-patch+json}). Built from the raw
 * bytes, never from the generated model: a merge patch's nulls and a JSON Patch array do not survive it.
 */
public record OrderPatch(Kind kind, JsonNode document) {

    public static final String MERGE_PATCH = "application/merge-patch+json";
    public static final String JSON_PATCH = "application/json-patch+json";

    public enum Kind { MERGE_PATCH, JSON_PATCH }

    public static OrderPatch of(MediaType mediaType, byte[] body, ObjectMapper mapper) {
        String type = mediaType == null ? "" : (mediaType.getType() + "/" + mediaType.getSubtype()).toLowerCase();
        Kind kind = switch (type) {
            case MERGE_PATCH, MediaType.APPLICATION_JSON -> Kind.MERGE_PATCH;
            case JSON_PATCH -> Kind.JSON_PATCH;
            default -> throw TmfException.unsupportedMediaType("PATCH accepts " + MERGE_PATCH + ", "
                    + MediaType.APPLICATION_JSON + " or " + JSON_PATCH + ", not '" + type + "'");
        };
        try {
            return new OrderPatch(kind, mapper.readTree(body));
        } catch (IOException e) {
            throw TmfException.badRequest("The PATCH body is not valid JSON");
        }
    }

    /** The patched copy of {@code target}; {@code target} itself is never modified. */
    public JsonNode applyTo(JsonNode target) {
        return kind == Kind.MERGE_PATCH ? JsonMergePatch.apply(target, document) : JsonPatch.apply(target, document);
    }

    /**
     * The first-level members the patch writes (sets, removes, moves away). A JSON Patch {@code test} only
     * reads, and so does the source of a {@code copy}: neither counts. {@code ""} stands for the whole document.
     */
    public List<String> writtenTopLevelFields() {
        if (kind == Kind.MERGE_PATCH) {
            return JsonMergePatch.touchedTopLevelFields(document);
        }
        JsonPatch.touchedTopLevelFields(document); // validates the operations (InvalidPatchException)
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode op : document) {
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
