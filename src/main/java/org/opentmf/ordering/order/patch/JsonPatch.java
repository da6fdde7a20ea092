package org.opentmf.ordering.order.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * JSON Patch, RFC 6902 ({@code application/json-patch+json}), with JSON Pointers (RFC 6901), on
 * Jackson trees.
 *
 * <p>All operations are validated before any is applied, and they are applied to a deep copy of
 * the target: on any exception the caller's tree is untouched. Members of an operation that it
 * does not use are ignored (RFC 6902 section 4). Duplicate member names (RFC 6902 appendix A.13)
 * cannot be seen in a parsed tree: parse with {@code JsonParser.Feature.STRICT_DUPLICATE_DETECTION}
 * to refuse them.
 *
 * <p>Home-made on purpose. The maintained library for Jackson trees, zjsonpatch (com.flipkart.zjsonpatch 0.4.16),
 * was tried against {@code JsonPatchTest} (RFC 6902 appendix A and the cases after it) and falls short where it
 * matters to a PATCH: {@code test} compares with {@code JsonNode.equals}, so 1 does not equal 1.0 (RFC 6902
 * section 4.6 says it does); removing a member that does not exist succeeds silently by default; an op named
 * {@code ADD} is applied as {@code add} (op names are case-sensitive); an array index {@code 01} ends in an
 * {@code IllegalStateException}; and its errors name no operation index, which our 400 messages do. Wrapping it
 * would have kept all of this class's validation and messages and added a second implementation of the rest.
 */
public final class JsonPatch {

    /** Marker in {@link #touchedTopLevelFields} for an operation on the whole document (pointer {@code ""}). */
    public static final String WHOLE_DOCUMENT = "";

    private JsonPatch() {
    }

    private enum Op {
        ADD("add"), REMOVE("remove"), REPLACE("replace"), MOVE("move"), COPY("copy"), TEST("test");

        final String name;

        Op(String name) {
            this.name = name;
        }

        static Op of(String name) {
            for (Op op : values()) {
                if (op.name.equals(name)) {
                    return op;
                }
            }
            return null;
        }

        boolean needsValue() {
            return this == ADD || this == REPLACE || this == TEST;
        }

        boolean needsFrom() {
            return this == MOVE || this == COPY;
        }
    }

    private record Operation(int index, Op op, String path, List<String> pathTokens,
                             String from, List<String> fromTokens, JsonNode value) {

        InvalidPatchException error(String why) {
            return new InvalidPatchException("operation " + index + " (" + op.name + " '" + path + "'): " + why, index);
        }
    }

    /**
     * Applies the RFC 6902 {@code operations} array to a copy of {@code target} and returns the copy.
     *
     * @throws InvalidPatchException     malformed operations, or a path/from that does not exist
     * @throws PatchTestFailedException  a {@code test} operation failed
     */
    public static JsonNode apply(JsonNode target, JsonNode operations) {
        Objects.requireNonNull(target, "target");
        List<Operation> ops = parse(operations);
        JsonNode doc = target.deepCopy();
        for (Operation op : ops) {
            doc = applyOne(doc, op);
        }
        return doc;
    }

    /**
     * The first reference token of each {@code path} (and of {@code from} for {@code move}), decoded,
     * distinct, in order. An operation on the whole document gives {@link #WHOLE_DOCUMENT} ({@code ""});
     * note that {@code "/"} (the member named "") gives the same, which only errs on the safe side.
     *
     * @throws InvalidPatchException when {@code operations} is malformed
     */
    public static List<String> touchedTopLevelFields(JsonNode operations) {
        Set<String> fields = new LinkedHashSet<>();
        for (Operation op : parse(operations)) {
            fields.add(firstToken(op.pathTokens()));
            if (op.op() == Op.MOVE) {
                fields.add(firstToken(op.fromTokens()));
            }
        }
        return new ArrayList<>(fields);
    }

    /** True when some operation changes the document root itself (pointer {@code ""}); test and copy-from do not count. */
    public static boolean touchesWholeDocument(JsonNode operations) {
        for (Operation op : parse(operations)) {
            if (op.op() != Op.TEST && (op.pathTokens().isEmpty() || op.op() == Op.MOVE && op.fromTokens().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static String firstToken(List<String> tokens) {
        return tokens.isEmpty() ? WHOLE_DOCUMENT : tokens.get(0);
    }

    /**
     * JSON equality as RFC 6902 section 4.6 defines it for {@code test}: same type; numbers equal by
     * value (1 equals 1.0); strings, booleans, null by value; arrays element by element in order;
     * objects with the same member names and equal values, in any order.
     */
    public static boolean jsonEquals(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return numbersEqual(a, b);
        }
        if (a.getNodeType() != b.getNodeType()) {
            return false;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!jsonEquals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> member : a.properties()) {
                if (!jsonEquals(member.getValue(), b.get(member.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static boolean numbersEqual(JsonNode a, JsonNode b) {
        if (!isFinite(a) || !isFinite(b)) {
            return a.doubleValue() == b.doubleValue();
        }
        return toDecimal(a).compareTo(toDecimal(b)) == 0;
    }

    private static boolean isFinite(JsonNode n) {
        return !(n.isDouble() || n.isFloat()) || Double.isFinite(n.doubleValue());
    }

    private static BigDecimal toDecimal(JsonNode n) {
        return n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : n.decimalValue();
    }

    // ---------------------------------------------------------------- parsing

    private static List<Operation> parse(JsonNode operations) {
        if (operations == null || !operations.isArray()) {
            throw new InvalidPatchException("a JSON Patch must be an array of operations, got "
                    + (operations == null ? "nothing" : operations.getNodeType().toString().toLowerCase()));
        }
        List<Operation> result = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            result.add(parseOne(i, operations.get(i)));
        }
        return result;
    }

    private static Operation parseOne(int index, JsonNode node) {
        String at = "operation " + index + ": ";
        if (!node.isObject()) {
            throw new InvalidPatchException(at + "must be a JSON object", index);
        }
        JsonNode opNode = node.get("op");
        if (opNode == null) {
            throw new InvalidPatchException(at + "missing 'op'", index);
        }
        if (!opNode.isTextual()) {
            throw new InvalidPatchException(at + "'op' must be a string", index);
        }
        Op op = Op.of(opNode.textValue());
        if (op == null) {
            throw new InvalidPatchException(at + "unknown op '" + opNode.textValue()
                    + "' (expected add, remove, replace, move, copy or test)", index);
        }
        String path = requiredString(node, "path", index, op);
        List<String> pathTokens = pointerTokens(path, "path", index, op);
        String from = null;
        List<String> fromTokens = null;
        if (op.needsFrom()) {
            from = requiredString(node, "from", index, op);
            fromTokens = pointerTokens(from, "from", index, op);
        }
        JsonNode value = null;
        if (op.needsValue()) {
            value = node.get("value"); // a JSON null value is present and valid
            if (value == null) {
                throw new InvalidPatchException(at + "missing 'value' for " + op.name, index);
            }
        }
        return new Operation(index, op, path, pathTokens, from, fromTokens, value);
    }

    private static String requiredString(JsonNode node, String member, int index, Op op) {
        JsonNode value = node.get(member);
        if (value == null) {
            throw new InvalidPatchException("operation " + index + ": missing '" + member + "' for " + op.name, index);
        }
        if (!value.isTextual()) {
            throw new InvalidPatchException("operation " + index + ": '" + member + "' must be a string", index);
        }
        return value.textValue();
    }

    /** RFC 6901: "" is the whole document, otherwise "/"-separated tokens with ~1 -> "/" then ~0 -> "~". */
    private static List<String> pointerTokens(String pointer, String member, int index, Op op) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        if (pointer.charAt(0) != '/') {
            throw new InvalidPatchException("operation " + index + ": '" + member + "' is not a JSON Pointer (must be"
                    + " empty or start with '/'): '" + pointer + "'", index);
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            StringBuilder token = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '~') {
                    char next = i + 1 < raw.length() ? raw.charAt(i + 1) : 0;
                    if (next != '0' && next != '1') {
                        throw new InvalidPatchException("operation " + index + ": '" + member + "' has an invalid escape"
                                + " ('~' must be followed by 0 or 1): '" + pointer + "'", index);
                    }
                    token.append(next == '0' ? '~' : '/');
                    i++;
                } else {
                    token.append(c);
                }
            }
            tokens.add(token.toString());
        }
        return tokens;
    }

    // ---------------------------------------------------------------- applying

    private static JsonNode applyOne(JsonNode doc, Operation op) {
        switch (op.op()) {
            case ADD:
                return add(doc, op.pathTokens(), op.value().deepCopy(), op);
            case REMOVE:
                if (op.pathTokens().isEmpty()) {
                    throw op.error("cannot remove the whole document");
                }
                remove(doc, op.pathTokens(), op, op.path());
                return doc;
            case REPLACE:
                return replace(doc, op);
            case MOVE: {
                if (isPrefix(op.fromTokens(), op.pathTokens()) && op.fromTokens().size() < op.pathTokens().size()) {
                    throw op.error("cannot move '" + op.from() + "' into one of its own children");
                }
                JsonNode value = existing(doc, op.fromTokens(), op, op.from());
                if (op.fromTokens().equals(op.pathTokens())) {
                    return doc; // moving a value onto itself changes nothing
                }
                remove(doc, op.fromTokens(), op, op.from());
                return add(doc, op.pathTokens(), value, op);
            }
            case COPY:
                return add(doc, op.pathTokens(), existing(doc, op.fromTokens(), op, op.from()).deepCopy(), op);
            case TEST: {
                JsonNode actual = find(doc, op.pathTokens(), op, op.path());
                if (actual == null) {
                    throw new PatchTestFailedException("operation " + op.index() + " (test '" + op.path()
                            + "'): test failed, path does not exist", op.index());
                }
                if (!jsonEquals(actual, op.value())) {
                    throw new PatchTestFailedException("operation " + op.index() + " (test '" + op.path()
                            + "'): test failed, value is " + actual + ", expected " + op.value(), op.index());
                }
                return doc;
            }
            default:
                throw new IllegalStateException("unhandled op " + op.op());
        }
    }

    private static boolean isPrefix(List<String> prefix, List<String> tokens) {
        return prefix.size() <= tokens.size() && tokens.subList(0, prefix.size()).equals(prefix);
    }

    private static JsonNode add(JsonNode doc, List<String> tokens, JsonNode value, Operation op) {
        if (tokens.isEmpty()) {
            return value; // add at "" replaces the whole document
        }
        JsonNode parent = parentOf(doc, tokens, op, op.path());
        String last = tokens.get(tokens.size() - 1);
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value);
        } else {
            ArrayNode array = (ArrayNode) parent;
            if ("-".equals(last)) {
                array.add(value);
            } else {
                int i = arrayIndex(last, op, op.path());
                if (i > array.size()) {
                    throw op.error("index " + last + " in '" + op.path() + "' is out of bounds, the array has "
                            + array.size() + " elements");
                }
                array.insert(i, value);
            }
        }
        return doc;
    }

    private static void remove(JsonNode doc, List<String> tokens, Operation op, String pointer) {
        JsonNode parent = parentOf(doc, tokens, op, pointer);
        String last = tokens.get(tokens.size() - 1);
        if (parent.isObject()) {
            if (!parent.has(last)) {
                throw notFound(op, pointer);
            }
            ((ObjectNode) parent).remove(last);
        } else {
            ((ArrayNode) parent).remove(existingIndex((ArrayNode) parent, last, op, pointer));
        }
    }

    private static JsonNode replace(JsonNode doc, Operation op) {
        List<String> tokens = op.pathTokens();
        if (tokens.isEmpty()) {
            return op.value().deepCopy();
        }
        JsonNode parent = parentOf(doc, tokens, op, op.path());
        String last = tokens.get(tokens.size() - 1);
        if (parent.isObject()) {
            if (!parent.has(last)) {
                throw notFound(op, op.path());
            }
            ((ObjectNode) parent).set(last, op.value().deepCopy());
        } else {
            ArrayNode array = (ArrayNode) parent;
            array.set(existingIndex(array, last, op, op.path()), op.value().deepCopy());
        }
        return doc;
    }

    /** The container holding the last token; must exist and be an object or array. */
    private static JsonNode parentOf(JsonNode doc, List<String> tokens, Operation op, String pointer) {
        JsonNode parent = find(doc, tokens.subList(0, tokens.size() - 1), op, pointer);
        if (parent == null) {
            throw notFound(op, pointer);
        }
        if (!parent.isContainerNode()) {
            throw op.error("'" + pointer + "' does not exist: its parent is not an object or an array");
        }
        return parent;
    }

    private static JsonNode existing(JsonNode doc, List<String> tokens, Operation op, String pointer) {
        JsonNode node = find(doc, tokens, op, pointer);
        if (node == null) {
            throw notFound(op, pointer);
        }
        return node;
    }

    /** The node at {@code tokens}, or null when there is none. */
    private static JsonNode find(JsonNode doc, List<String> tokens, Operation op, String pointer) {
        JsonNode node = doc;
        for (Iterator<String> it = tokens.iterator(); it.hasNext() && node != null; ) {
            String token = it.next();
            if (node.isObject()) {
                node = node.get(token);
            } else if (node.isArray()) {
                if ("-".equals(token)) {
                    return null; // '-' names the element after the last one, which never exists
                }
                int i = arrayIndex(token, op, pointer);
                node = i < node.size() ? node.get(i) : null;
            } else {
                return null;
            }
        }
        return node;
    }

    private static int existingIndex(ArrayNode array, String token, Operation op, String pointer) {
        if ("-".equals(token)) {
            throw notFound(op, pointer);
        }
        int i = arrayIndex(token, op, pointer);
        if (i >= array.size()) {
            throw op.error("index " + token + " in '" + pointer + "' is out of bounds, the array has "
                    + array.size() + " elements");
        }
        return i;
    }

    /** RFC 6901 array index: "0" or digits without a leading zero. */
    private static int arrayIndex(String token, Operation op, String pointer) {
        boolean digits = !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || token.length() > 1 && token.charAt(0) == '0') {
            throw op.error("'" + token + "' in '" + pointer + "' is not a valid array index");
        }
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException tooLarge) {
            return Integer.MAX_VALUE; // beyond any array: reported as out of bounds / not found
        }
    }

    private static InvalidPatchException notFound(Operation op, String pointer) {
        return op.error("path '" + pointer + "' does not exist");
    }
}
