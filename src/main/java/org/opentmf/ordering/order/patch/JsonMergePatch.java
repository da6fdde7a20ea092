package org.opentmf.ordering.order.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON Merge Patch, RFC 7386 ({@code application/merge-patch+json}), on Jackson trees. Home-made: the algorithm
 * is RFC 7386 section 2's one recursive function, and zjsonpatch (tried for JSON Patch) has no merge patch; the
 * pre-analysis of which first-level members a patch writes ({@link #touchedTopLevelFields}) is ours either way.
 */
public final class JsonMergePatch {

    /** Marker in {@link #touchedTopLevelFields} for a patch that replaces the whole document. */
    public static final String WHOLE_DOCUMENT = "";

    private JsonMergePatch() {
    }

    /**
     * Applies {@code patch} to {@code target} as RFC 7386 section 2 says: object members merge
     * recursively, a null member removes, any non-object patch replaces the target. Neither input is
     * modified; the result shares no node with them.
     *
     * @param target the document; Java null or a missing node counts as "no value"
     * @param patch  the merge patch, not Java null (a JSON null patch gives a JSON null result)
     */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        Objects.requireNonNull(patch, "patch");
        JsonNode copy = target == null || target.isMissingNode() ? null : target.deepCopy();
        return merge(copy, patch);
    }

    /** Merges into {@code target}, which is already a private copy and may be modified. */
    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject()
                ? (ObjectNode) target
                : JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    /**
     * The first-level member names the patch sets or removes, in patch order. A non-object patch
     * replaces the whole document and gives {@code [WHOLE_DOCUMENT]} ({@code ""}).
     */
    public static List<String> touchedTopLevelFields(JsonNode patch) {
        Objects.requireNonNull(patch, "patch");
        List<String> fields = new ArrayList<>();
        if (!patch.isObject()) {
            fields.add(WHOLE_DOCUMENT);
            return fields;
        }
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            fields.add(member.getKey());
        }
        return fields;
    }

    /** True when the patch is not an object, so it replaces the whole document. */
    public static boolean touchesWholeDocument(JsonNode patch) {
        return !Objects.requireNonNull(patch, "patch").isObject();
    }
}
