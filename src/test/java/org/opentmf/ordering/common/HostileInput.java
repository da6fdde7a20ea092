package org.opentmf.ordering.common;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Seeded generator of what a hostile client sends: valid orders, and mutations of them (wrong types, nulls in every
 * position, huge and tiny numbers, deep nesting at and past the limit, odd Unicode, duplicate keys, broken UTF-8,
 * trailing content), PATCH bodies of both kinds and list queries. One instance per case, from a seed derived from the
 * run's seed and the case number, so any case can be replayed alone.
 */
final class HostileInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final String[] ODD_STRINGS = { "", " ", "\u0000", "a\u0000b", "\ud800", "x\udfffy", "\uFEFFbom", "\u202Eevil",
            "\uFFFF", "\uFFFE", "😀", "Zürich ☃", "\u0001\u001f\u007f", "\n\r\t", "'; drop table product_order; --",
            "\" or 1=1 --", "<script>alert(1)</script>", "%00", "../../etc/passwd", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}",
            "\\", "\"", "null", "true", "0", "-9999-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "2026-02-30T00:00:00Z",
            "acknowledged", "inProgress", "completed", "cancelled", "held", "pending", "failed", "partial", "add",
            "modify", "delete", "noChange" };

    static final String[] ODD_NUMBERS = { "0", "-0", "-1", "1e999999", "-1e999999", "1e-999999", "1e308", "1.8e308",
            "4.9e-325", "123456789012345678901234567890", "2147483648", "-2147483649", "9223372036854775808", "0.1",
            "1e1000", "1e-1000", "1e1001" };

    private static final String[] STATES = { "acknowledged", "inProgress", "completed", "cancelled", "held", "pending",
            "failed", "partial", "rejected", "assessingCancellation", "pendingCancellation", "nonsense" };

    private static final String[] ORDER_MEMBERS = { "description", "priority", "category", "externalId", "state",
            "note", "relatedParty", "productOrderItem", "requestedStartDate", "requestedCompletionDate", "acme", "@type",
            "@baseType", "id", "href", "orderDate", "channel", "billingAccount", "orderTotalPrice", "cancellationReason" };

    private final Random r;
    private final String label;
    private final List<String> applied = new ArrayList<>();

    HostileInput(long seed, int caseNumber, String label) {
        this.r = new Random(seed * 1_000_003L + caseNumber);
        this.label = label + " #" + caseNumber;
    }

    /** What this case did, for the failure message. */
    String describe() {
        return label + " " + applied;
    }

    /** A choice of the case itself (which shape, which media type), from the same seeded stream. */
    int choose(int bound) {
        return r.nextInt(bound);
    }

    private <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }

    private boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    // ---------------------------------------------------------------------------------------------- valid orders

    /** A valid order with 1 to 4 items (some nested, some bespoke), parties, notes, dates and an extension. */
    ObjectNode validOrder() {
        ObjectNode o = NODES.objectNode();
        o.put("externalId", "hostile-" + Long.toHexString(r.nextLong()));
        if (chance(60)) {
            o.put("description", text());
        }
        if (chance(50)) {
            o.put("priority", Integer.toString(r.nextInt(5)));
        }
        if (chance(40)) {
            o.put("category", pick(new String[] { "B2B", "B2C", "wholesale" }));
        }
        if (chance(50)) {
            o.put("requestedStartDate", String.format("%04d-%02d-%02dT%02d:00:00Z", 1 + r.nextInt(9999), 1 + r.nextInt(12),
                    1 + r.nextInt(28), r.nextInt(24)));
        }
        if (chance(60)) {
            ArrayNode parties = o.putArray("relatedParty");
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                parties.addObject().put("id", "P-" + r.nextInt(1000)).put("name", text())
                        .put("role", pick(new String[] { "customer", "seller", "installer" }))
                        .put("@referredType", pick(new String[] { "Individual", "Organization" }));
            }
        }
        if (chance(40)) {
            o.putArray("note").addObject().put("text", text());
        }
        if (chance(30)) {
            o.putObject("acme").put("segment", text()).put("score", r.nextInt(1000));
        }
        ArrayNode items = o.putArray("productOrderItem");
        int[] next = { 1 };
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            items.add(item(next, 0));
        }
        return o;
    }

    private ObjectNode item(int[] next, int depth) {
        ObjectNode item = NODES.objectNode();
        item.put("id", Integer.toString(next[0]++));
        item.put("action", "add");
        if (chance(50)) {
            item.put("quantity", 1 + r.nextInt(10));
        }
        if (chance(65)) {
            item.putObject("productOffering").put("id", "PO-" + r.nextInt(50)).put("name", text());
        } else {
            ArrayNode chars = item.putObject("product").putArray("productCharacteristic");
            chars.addObject().put("name", "colour").put("valueType", "string").put("value", text());
            if (chance(30)) {
                chars.addObject().put("name", "speed").put("valueType", "number").put("value", r.nextInt(1000));
            }
        }
        if (depth == 0 && chance(20)) {
            item.putArray("productOrderItem").add(item(next, depth + 1));
        }
        return item;
    }

    private String text() {
        return pick(new String[] { "Fibre 100", "Lyon office", "Zürich", "東京", "😀 fast", "a b c", "x" });
    }

    // ---------------------------------------------------------------------------------------------- mutations

    /** A value of any type, odd ones likely. */
    JsonNode oddValue() {
        return switch (r.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(r.nextBoolean());
            case 2 -> NODES.textNode(pick(ODD_STRINGS));
            case 3 -> number(pick(ODD_NUMBERS));
            case 4 -> NODES.arrayNode().add(chance(50) ? NODES.nullNode() : NODES.textNode(pick(ODD_STRINGS)));
            case 5 -> NODES.objectNode().set(pick(ODD_STRINGS), chance(50) ? NODES.nullNode() : NODES.numberNode(1));
            case 6 -> nested(60 + r.nextInt(8));
            case 7 -> NODES.textNode("x".repeat(pick(new Integer[] { 255, 256, 257, 2048, 2049, 70_000 })));
            default -> NODES.arrayNode();
        };
    }

    private static JsonNode number(String literal) {
        return literal.matches("-?[0-9]+") ? NODES.numberNode(new BigInteger(literal)) : NODES.numberNode(new BigDecimal(literal));
    }

    /** Arrays nested so that the value sits {@code depth} levels down from the body (limit 64). */
    private static JsonNode nested(int depth) {
        JsonNode inner = NODES.arrayNode();
        for (int i = 0; i < depth - 3; i++) {
            inner = NODES.arrayNode().add(inner);
        }
        return inner;
    }

    /** Every (container, member or index) position in {@code root}. */
    private static void positions(JsonNode node, List<Object[]> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Object[] { node, e.getKey() });
                positions(e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Object[] { node, i });
                positions(node.get(i), out);
            }
        }
    }

    /** 1 to 3 tree mutations: a value replaced (wrong type, null, odd), removed, or an odd member added. */
    ObjectNode mutate(ObjectNode order) {
        ObjectNode o = order.deepCopy();
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            List<Object[]> places = new ArrayList<>();
            positions(o, places);
            Object[] place = places.get(r.nextInt(places.size()));
            int kind = r.nextInt(10);
            if (place[1] instanceof String member) {
                ObjectNode parent = (ObjectNode) place[0];
                if (kind == 0) {
                    parent.remove(member);
                    applied.add("remove " + member);
                } else if (kind == 1) {
                    String key = pick(ODD_STRINGS);
                    parent.set(key, oddValue());
                    applied.add("add member " + escape(key));
                } else {
                    JsonNode v = oddValue();
                    parent.set(member, v);
                    applied.add(member + "=" + brief(v));
                }
            } else {
                ArrayNode parent = (ArrayNode) place[0];
                int index = (Integer) place[1];
                JsonNode v = oddValue();
                if (kind == 0) {
                    parent.add(v);
                    applied.add("append " + brief(v));
                } else {
                    parent.set(index, v);
                    applied.add("[" + index + "]=" + brief(v));
                }
            }
        }
        return o;
    }

    /** The tree as JSON text, non-ASCII escaped half of the time (so \\ud800 and \\u0000 arrive as escapes). */
    byte[] serialise(JsonNode tree) {
        try {
            String text = chance(50) ? JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(tree)
                    : JSON.writeValueAsString(tree);
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Byte-level damage to a serialised body: truncation, trailing content, duplicate keys, broken UTF-8, a BOM. */
    byte[] damage(byte[] body) {
        int kind = r.nextInt(8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (kind) {
            case 0 -> {
                int cut = r.nextInt(body.length);
                out.write(body, 0, cut);
                applied.add("truncated at " + cut);
            }
            case 1 -> {
                out.writeBytes(body);
                String tail = pick(new String[] { "{}", " 1", "]", "}", ",", "x", new String(body, StandardCharsets.UTF_8) });
                out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
                applied.add("trailing " + brief(NODES.textNode(tail)));
            }
            case 2 -> {
                String key = pick(new String[] { "externalId", "productOrderItem", "state", "acme" });
                out.write('{');
                out.writeBytes(("\"" + key + "\":" + (key.equals("productOrderItem") ? "[]" : "\"dup\"") + ",")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(body, 1, body.length - 1);
                applied.add("duplicate key " + key);
            }
            case 3, 4 -> {
                byte[][] broken = { { (byte) 0xC0, (byte) 0xAF }, { (byte) 0xC0, (byte) 0x80 }, { (byte) 0x80 },
                        { (byte) 0xFF }, { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                        { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { 0 } };
                byte[] bad = broken[r.nextInt(broken.length)];
                int at = insideAString(body);
                out.write(body, 0, at);
                out.writeBytes(bad);
                out.write(body, at, body.length - at);
                applied.add("bytes " + java.util.HexFormat.of().formatHex(bad) + " at " + at);
            }
            case 5 -> {
                out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
                out.writeBytes(body);
                applied.add("BOM");
            }
            case 6 -> {
                int depth = 62 + r.nextInt(5);
                out.writeBytes(("{\"acme\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + ",").getBytes(StandardCharsets.UTF_8));
                out.write(body, 1, body.length - 1);
                applied.add("nesting " + depth);
            }
            default -> {
                String raw = pick(new String[] { "", "null", "[]", "[{}]", "\"text\"", "42", "{", "{}", "{\"productOrderItem\":null}",
                        "{\"productOrderItem\":[null]}", "{\"productOrderItem\":[{}]}", "NaN", "{\"a\":01}", "{'a':1}",
                        "{\"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\"}],}" });
                out.writeBytes(raw.getBytes(StandardCharsets.UTF_8));
                applied.add("raw " + raw);
            }
        }
        return out.toByteArray();
    }

    /** A position just after an opening quote, or the middle of the body when there is none. */
    private int insideAString(byte[] body) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '"') {
                quotes.add(i + 1);
            }
        }
        return quotes.isEmpty() ? body.length / 2 : quotes.get(r.nextInt(quotes.size()));
    }

    // ---------------------------------------------------------------------------------------------- PATCH

    /** A merge patch of 1 to 3 order members with plausible or odd values. */
    byte[] mergePatch() {
        ObjectNode patch = NODES.objectNode();
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            String member = pick(ORDER_MEMBERS);
            JsonNode value = chance(40) ? plausible(member) : oddValue();
            patch.set(member, value);
            applied.add(member + "=" + brief(value));
        }
        return serialise(patch);
    }

    private JsonNode plausible(String member) {
        return switch (member) {
            case "state" -> NODES.textNode(pick(STATES));
            case "note" -> NODES.arrayNode().add(NODES.objectNode().put("text", text()));
            case "requestedStartDate", "requestedCompletionDate" -> NODES.textNode("2027-0" + (1 + r.nextInt(9)) + "-01T00:00:00Z");
            case "acme" -> NODES.objectNode().put("segment", text());
            default -> NODES.textNode(text());
        };
    }

    /** A JSON Patch of 1 to 3 operations on the order's own paths and on odd ones. */
    byte[] jsonPatch(JsonNode order) {
        List<String> pointers = new ArrayList<>();
        pointers(order, "", pointers);
        String[] odd = { "", "/", "/productOrderItem/-", "/productOrderItem/99999999999999", "/productOrderItem/-1",
                "/a~2b", "no-slash", "/\u0000", "/state", "/productOrderItem/0/state", "/productOrderItem/0/id",
                "/note/-", "/acme/x/y", "/externalId" };
        ArrayNode ops = NODES.arrayNode();
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            ObjectNode op = ops.addObject();
            String name = pick(new String[] { "add", "remove", "replace", "move", "copy", "test", "bogus", null });
            if (name != null) {
                op.put("op", name);
            }
            String path = chance(60) ? pointers.get(r.nextInt(pointers.size())) : pick(odd);
            if (chance(95)) {
                op.put("path", path);
            }
            if (name != null && (name.equals("move") || name.equals("copy"))) {
                op.put("from", chance(70) ? pointers.get(r.nextInt(pointers.size())) : pick(odd));
            }
            JsonNode value = path.endsWith("state") && chance(60) ? NODES.textNode(pick(STATES)) : oddValue();
            if (chance(90)) {
                op.set("value", value);
            }
            applied.add(op.toString().length() > 200 ? op.toString().substring(0, 200) + "..." : op.toString());
        }
        return serialise(ops);
    }

    private static void pointers(JsonNode node, String prefix, List<String> out) {
        if (!prefix.isEmpty()) {
            out.add(prefix);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                pointers(e.getValue(), prefix + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers(node.get(i), prefix + "/" + i, out);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- queries

    /** A list query: 1 to 3 filters with odd operators and values, sometimes fields, sort and paging. */
    String query() {
        String[] attributes = { "externalId", "state", "orderDate", "requestedStartDate", "priority", "category",
                "relatedParty.id", "relatedParty.role", "productOrderItem.productOffering.id", "productOrderItem.quantity",
                "productOrderItem.product.productCharacteristic.value", "productOrderItem.state", "note.text", "acme.segment",
                "noSuchAttribute", "id", "href", "" };
        String[] operators = { "", "", ".eq", ".ne", ".gt", ".gte", ".lt", ".lte", ".regex", ".like", ".", ".gt.gt" };
        String[] values = { "2026-01-01", "2026-01-01T00:00:00Z", "-9999-01-01T00:00:00Z", "%2B275760-09-13T00:00:00Z",
                "0000-01-01", "9999-12-31T23:59:59.999Z", "1e999999", "-1", "12345678901234567890", "(a%2B)%2B%24", "%5B",
                "%5C", "(%3F%7B", "a%7B99999%7D", "%00", "%C0%AF", "%FF", "%E2%82", "true", "acknowledged", "", "%2C%2C" };
        StringBuilder q = new StringBuilder();
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            String value = chance(70) ? pick(values) : URLEncoder.encode(pick(ODD_STRINGS), StandardCharsets.UTF_8);
            q.append(q.isEmpty() ? "" : "&").append(pick(attributes)).append(pick(operators)).append('=').append(value);
        }
        if (chance(20)) {
            q.append("&fields=").append(pick(new String[] { "state", "", "%00", "a,b,,c", "productOrderItem.state", "id" }));
        }
        if (chance(20)) {
            q.append("&sort=").append(pick(new String[] { "-orderDate", "state", "%2Bid", "noSuch", "-", "" }));
        }
        if (chance(20)) {
            q.append("&offset=").append(pick(new String[] { "0", "-1", "99999999999", "x", "" }));
            q.append("&limit=").append(pick(new String[] { "1", "0", "1000", "1001", "x", "" }));
        }
        if (chance(10)) {
            q.append(pick(new String[] { "&&", "&=", "&==x", "&%3D%3D" }));
        }
        applied.add(q.toString());
        return q.toString();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static String brief(JsonNode v) {
        String s = v.toString();
        return escape(s.length() > 60 ? s.substring(0, 60) + "...(" + s.length() + ")" : s);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
