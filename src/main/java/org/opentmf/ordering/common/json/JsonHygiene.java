package org.opentmf.ordering.common.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import org.opentmf.ordering.common.error.TmfException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules every JSON request body meets before any domain code sees it, whatever the API version or resource
 * (README, "Errors"). PostgreSQL's {@code text} and {@code jsonb} cannot hold U+0000, B-tree index entries must fit
 * in a page, and a body is exactly one JSON document in strict UTF-8: what breaks one of these is a 400 naming the
 * attribute, never a database error.
 */
public final class JsonHygiene {

    /** Identifiers, names and the other short attributes some of which are indexed columns (external_id, item ids). */
    public static final int MAX_SHORT_TEXT = 256;
    /** URLs: href, @schemaLocation, a hub callback. */
    public static final int MAX_URL = 2048;
    /** Attribute (member) names. */
    public static final int MAX_ATTRIBUTE_NAME = 256;
    /**
     * Longest number, written out without an exponent as PostgreSQL returns it: Jackson's default
     * {@code StreamReadConstraints.maxNumberLength}, so a stored number can always be read back.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /** Members limited wherever they appear (order, item, any reference or sub-resource). */
    private static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("id", MAX_SHORT_TEXT),
            Map.entry("externalId", MAX_SHORT_TEXT),
            Map.entry("name", MAX_SHORT_TEXT),
            Map.entry("role", MAX_SHORT_TEXT),
            Map.entry("priority", MAX_SHORT_TEXT),
            Map.entry("category", MAX_SHORT_TEXT),
            Map.entry("@type", MAX_SHORT_TEXT),
            Map.entry("@baseType", MAX_SHORT_TEXT),
            Map.entry("@referredType", MAX_SHORT_TEXT),
            Map.entry("href", MAX_URL),
            Map.entry("@schemaLocation", MAX_URL),
            Map.entry("callback", MAX_URL),
            Map.entry("query", MAX_URL));

    private JsonHygiene() {
    }

    /**
     * Reads one JSON document from a request body: strict UTF-8 (overlong and truncated sequences refused), and
     * nothing but white space after it. Malformed JSON and trailing content surface as Jackson's exceptions (mapped to
     * a 400 by the error mapper, JsonErrors).
     */
    public static JsonNode parse(byte[] body, ObjectMapper mapper) throws IOException {
        String text = utf8(body);
        // the mapper fails on trailing tokens (TmfObjectMapperCustomizer): "{...}{...}" is refused, not cut short
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode tree = mapper.readTree(parser);
            return tree == null ? mapper.nullNode() : tree;
        }
    }

    private static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        try {
            String text = decoder.decode(in).toString();
            // RFC 8259 lets a parser ignore a byte order mark
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw TmfException.badRequest("Request body is not valid UTF-8 (near byte " + in.position() + ")");
        }
    }

    /** Refuses U+0000, unpaired surrogates and over-long values anywhere in {@code tree} (values and names). */
    public static void check(JsonNode tree) {
        check(tree, new StringBuilder(), null);
    }

    private static void check(JsonNode node, StringBuilder path, String member) {
        if (node.isTextual()) {
            String value = node.textValue();
            String problem = problem(value);
            if (problem != null) {
                throw TmfException.badRequest("Invalid value for '" + name(path) + "': " + problem);
            }
            Integer limit = member == null ? null : LIMITS.get(member);
            if (limit != null && value.length() > limit) {
                throw TmfException.badRequest("'" + name(path) + "' is longer than the limit of " + limit
                        + " characters (" + value.length() + ")");
            }
        } else if (node.isBigDecimal() && plainLength(node.decimalValue()) > MAX_NUMBER_LENGTH) {
            // jsonb keeps numbers as numeric, whose range ends before 1e999999 (a database error), and writes them
            // out in full (1e-1000 comes back as 0.000…1), which must still be a number the mapper reads
            throw TmfException.badRequest("Invalid value for '" + name(path) + "': number out of range (at most "
                    + MAX_NUMBER_LENGTH + " characters when written without an exponent)");
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                int mark = path.length();
                path.append('[').append(i).append(']');
                check(node.get(i), path, member);
                path.setLength(mark);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                String problem = problem(key);
                if (problem == null && key.length() > MAX_ATTRIBUTE_NAME) {
                    problem = "longer than the limit of " + MAX_ATTRIBUTE_NAME + " characters";
                }
                if (problem != null) {
                    throw TmfException.badRequest("Invalid attribute name '" + echo(key) + "'"
                            + (path.isEmpty() ? "" : " in '" + name(path) + "'") + ": " + problem);
                }
                int mark = path.length();
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(key);
                check(field.getValue(), path, key);
                path.setLength(mark);
            }
        }
    }

    /** Length of {@code d} written without an exponent, computed (1e999999 would be a million characters). */
    private static long plainLength(BigDecimal d) {
        long integerDigits = Math.max((long) d.precision() - d.scale(), 1);
        return (d.signum() < 0 ? 1 : 0) + integerDigits + (d.scale() > 0 ? 1L + d.scale() : 0);
    }

    /** Why a string cannot be stored, or null. */
    private static String problem(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return "U+0000 (NUL) is not allowed in strings";
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "unpaired UTF-16 surrogate (\\u" + Integer.toHexString(c) + ") is not a Unicode character";
            }
        }
        return null;
    }

    private static String name(StringBuilder path) {
        return path.isEmpty() ? "request" : echo(path.toString());
    }

    /** Client text as echoed in a message: control characters escaped, long names cut. */
    private static String echo(String s) {
        String t = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
