package org.opentmf.ordering.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.opentmf.ordering.common.json.TmfObjectMapperCustomizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Comparison type of a queryable attribute (relational column or JSON leaf), and the one place where a query
 * value (the text after {@code =}) is parsed into what the SQL binds or the JSON it is compared with.
 * Every malformed value is an {@link InvalidQueryException} naming the parameter.
 */
public enum ValueType {
    /** Text, compared as text (jsonb: JSON string). */
    STRING,
    /** Decimal number: relational binds {@link java.math.BigDecimal}; jsonb: JSON number. */
    NUMBER,
    /** Integer: relational binds {@link Long}; jsonb: JSON number (compared numerically). */
    INTEGER,
    /** true/false. Only eq/ne. */
    BOOLEAN,
    /** Instant: relational timestamptz binds {@link java.time.OffsetDateTime} (UTC); jsonb: ISO string compared via jsonpath datetime(). */
    DATE_TIME,
    /** Relational uuid column: binds {@link java.util.UUID}; a non-UUID value matches nothing (never an error). */
    UUID,
    /** TMF "Any" (e.g. Characteristic.value): eq tries the string and, when the text is a number/boolean, that typed value too. */
    ANY;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** An unencoded '+' before the offset decodes to a space: "2026-01-31T10:00:00 02:00". */
    private static final Pattern SPACE_OFFSET = Pattern.compile("(.*T[0-9:.]+) ([0-9]{2}(:?[0-9]{2})?)");
    private static final DateTimeFormatter JSON_INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    boolean orderable() {
        return this == STRING || this == NUMBER || this == INTEGER || this == DATE_TIME || this == ANY;
    }

    boolean regexable() {
        return this == STRING || this == UUID || this == ANY;
    }

    /** How error messages name the type: "date-time", "uuid". */
    String label() {
        return name().toLowerCase().replace('_', '-');
    }

    /**
     * The value bound for a relational column of this type; null when it can match nothing (a non-UUID for a
     * uuid column).
     */
    Object columnValue(String v, String name) {
        return switch (this) {
            case STRING, ANY -> v;
            case UUID -> UUID_PATTERN.matcher(v).matches() ? java.util.UUID.fromString(v) : null;
            case DATE_TIME -> parseDateTime(v, name);
            case NUMBER -> parseNumber(v, name);
            case INTEGER -> {
                BigDecimal d = parseNumber(v, name);
                try {
                    yield d.longValueExact();
                } catch (ArithmeticException e) {
                    throw new InvalidQueryException("Invalid integer '" + InvalidQueryException.echo(v) + "' for '" + name + "'");
                }
            }
            case BOOLEAN -> parseBoolean(v, name);
        };
    }

    /** The JSON leaves a document attribute of this type equals for {@code v} (several for {@link #ANY}). */
    List<JsonNode> equalityValues(String v, String name) {
        return switch (this) {
            case STRING, UUID, DATE_TIME -> List.of(NODES.textNode(v));
            case NUMBER, INTEGER -> List.of(NODES.numberNode(parseNumber(v, name)));
            case BOOLEAN -> List.of(NODES.booleanNode(parseBoolean(v, name)));
            case ANY -> {
                List<JsonNode> out = new ArrayList<>();
                out.add(NODES.textNode(v));
                BigDecimal d = tryNumber(v);
                if (d != null) {
                    out.add(NODES.numberNode(d));
                }
                if (v.equals("true") || v.equals("false")) {
                    out.add(NODES.booleanNode(Boolean.parseBoolean(v)));
                }
                yield out;
            }
        };
    }

    /** The jsonpath variable a document attribute of this type is compared with ({@code $v0}). */
    JsonNode comparisonValue(String v, String name) {
        return switch (this) {
            case DATE_TIME -> NODES.textNode(JSON_INSTANT.format(parseDateTime(v, name)));
            case NUMBER, INTEGER -> NODES.numberNode(parseNumber(v, name));
            case ANY -> {
                BigDecimal d = tryNumber(v);
                yield d != null ? NODES.numberNode(d) : NODES.textNode(v);
            }
            case BOOLEAN -> NODES.booleanNode(parseBoolean(v, name));
            default -> NODES.textNode(v);
        };
    }

    /** ISO-8601 with an offset, or a date alone (midnight UTC); in UTC. */
    static OffsetDateTime parseDateTime(String v, String name) {
        String s = v == null ? "" : v.trim();
        Matcher m = SPACE_OFFSET.matcher(s);
        if (m.matches()) {
            s = m.group(1) + "+" + m.group(2);
        }
        OffsetDateTime value;
        try {
            value = s.length() == 10 ? LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("Invalid date-time '" + InvalidQueryException.echo(v) + "' for '" + name
                    + "' (expected ISO-8601 with offset, e.g. 2026-01-31T10:00:00Z, or a date, e.g. 2026-01-31)");
        }
        if (!TmfObjectMapperCustomizer.inRange(value)) {
            // the database's own range is wider but ends somewhere: one range for bodies and filters
            throw new InvalidQueryException("Date-time '" + InvalidQueryException.echo(v) + "' for '" + name
                    + "' is out of range (" + TmfObjectMapperCustomizer.DATE_RANGE + ")");
        }
        return value;
    }

    private static BigDecimal parseNumber(String v, String name) {
        BigDecimal d = tryNumber(v);
        if (d == null) {
            throw new InvalidQueryException("Invalid number '" + InvalidQueryException.echo(v) + "' for '" + name + "'");
        }
        return d;
    }

    /** A decimal number of sane magnitude (PostgreSQL numeric range), or null. */
    private static BigDecimal tryNumber(String v) {
        if (v == null || v.isEmpty() || v.length() > 100) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.trim());
            int intDigits = d.precision() - d.scale();
            return intDigits > 1000 || d.scale() > 1000 ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean parseBoolean(String v, String name) {
        if ("true".equalsIgnoreCase(v)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(v)) {
            return Boolean.FALSE;
        }
        throw new InvalidQueryException("Invalid boolean '" + InvalidQueryException.echo(v) + "' for '" + name + "' (true or false)");
    }

    /**
     * A {@code .regex} pattern, pre-checked with java.util.regex. PostgreSQL's dialect differs slightly, so
     * callers also map SQLState 2201B (invalid_regular_expression) to 400.
     */
    static String regex(String pattern, String name) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException | StackOverflowError e) {
            throw new InvalidQueryException("Invalid regular expression '" + InvalidQueryException.echo(pattern) + "' for '" + name + "'");
        }
        return pattern;
    }
}
