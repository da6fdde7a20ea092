package org.opentmf.ordering.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates TMF630 query parameters into a parameterised SQL predicate and ORDER BY for a {@link QueryModel}.
 *
 * <h2>Syntax</h2>
 * <ul>
 * <li>{@code attr=v} / {@code attr.eq=v}, {@code .ne .gt .gte .lt .lte .regex}: operator as the last path segment.</li>
 * <li>{@code attr=a,b}: OR of the alternatives. For {@code .ne} a list means "none of them" (NOT IN).
 * {@code .regex} values are not split (a pattern may contain commas).</li>
 * <li>Several parameters, or a repeated one ({@code state=a&state=b}, {@code orderDate.gte=x&orderDate.lt=y}): AND.</li>
 * <li>{@code sort=orderDate,-priority}: '-' descending; nullable keys sort nulls last in both directions; the id
 * column is always appended as tie-breaker in the direction of the last key.</li>
 * <li>{@code fields}, {@code offset}, {@code limit} are ignored here.</li>
 * </ul>
 *
 * <h2>Semantics</h2>
 * <ul>
 * <li>Relational {@code .ne} is {@code IS DISTINCT FROM} (rows where the column is null match).</li>
 * <li>JSON paths: eq uses jsonb containment ({@code @>}, served by a GIN jsonb_path_ops index); every
 * array on the path means "some element". {@code .ne} is the negation of eq: on a path through an array it
 * means "no element equals"; documents without the attribute match. Same for child collections:
 * {@code productOrderItem.state.ne=x} means "no item has state x".</li>
 * <li>Each parameter is matched independently: {@code relatedParty.id=a&relatedParty.role=b} means some party has
 * id a and some (possibly other) party has role b; the same holds for {@code productOrderItem.*}.</li>
 * <li>Date-times are compared as instants: columns with a bound OffsetDateTime, JSON strings with
 * {@code jsonb_path_exists_tz} and {@code datetime()} (a malformed stored value never matches and never errors;
 * a stored value without offset is read in the session time zone).</li>
 * <li>{@code .regex} is PostgreSQL {@code ~} with a bound pattern, allowed on string attributes; the pattern is
 * pre-checked with java.util.regex. PostgreSQL's dialect differs slightly, so callers should also map SQLState
 * 2201B (invalid_regular_expression) to 400.</li>
 * </ul>
 */
public final class QueryEngine {
    /** Parameter names this engine never treats as filters. */
    public static final Set<String> RESERVED = Set.of("fields", "offset", "limit", "sort");
    /** Upper bound on the number of values (alternatives) in one query. */
    public static final int MAX_VALUES = 200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** An unencoded '+' before the offset decodes to a space: "2026-01-31T10:00:00 02:00". */
    private static final Pattern SPACE_OFFSET = Pattern.compile("(.*T[0-9:.]+) ([0-9]{2}(:?[0-9]{2})?)");
    private static final DateTimeFormatter JSON_INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private QueryEngine() {
    }

    /** {@link #translate(QueryModel, Map, int)} with placeholders starting at {@code ?1}. */
    public static SqlCriteria translate(QueryModel model, Map<String, List<String>> params) {
        return translate(model, params, 1);
    }

    /**
     * @param params raw decoded query parameters; reserved ones (fields, offset, limit) are skipped, {@code sort}
     *               is turned into the ORDER BY (model default when absent)
     * @param firstIndex number of the first placeholder ({@code ?firstIndex})
     * @throws InvalidQueryException for anything the client got wrong
     */
    public static SqlCriteria translate(QueryModel model, Map<String, List<String>> params, int firstIndex) {
        Ctx ctx = new Ctx(firstIndex);
        List<String> conditions = new ArrayList<>();
        SqlCriteria.ChildFilter childOnly = null; // for the last condition; kept only when it is the only one
        String sort = null;
        if (params != null) {
            for (Map.Entry<String, List<String>> e : params.entrySet()) {
                String name = e.getKey();
                List<String> raws = e.getValue() == null || e.getValue().isEmpty() ? List.of("") : e.getValue();
                if ("sort".equals(name)) {
                    sort = String.join(",", raws);
                    continue;
                }
                if (RESERVED.contains(name)) {
                    continue;
                }
                Criterion c = parseName(model, name);
                for (String raw : raws) {
                    if (raw != null && raw.indexOf('\0') >= 0) {
                        // PostgreSQL text and jsonb cannot hold NUL: reject instead of failing in the database
                        throw new InvalidQueryException("Invalid character (NUL) in value for '" + name + "'");
                    }
                    List<String> values = c.op == Operator.REGEX ? List.of(raw == null ? "" : raw) : split(raw);
                    ctx.count(values.size());
                    if (c.target instanceof ChildTarget ch && c.op != Operator.NE) {
                        childOnly = childFilter(ctx, ch, c.op, values, name);
                        conditions.add(anyParentOf(ch, childOnly));
                    } else {
                        childOnly = null;
                        conditions.add(render(ctx, c.target, c.op, values, name));
                    }
                }
            }
        }
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        String orderBy = orderBy(model, sort == null || sort.isBlank() ? model.defaultSort() : sort);
        return new SqlCriteria(where, orderBy, ctx.params, conditions.size() == 1 ? childOnly : null);
    }

    /** The condition on the child rows alone (over the child table's alias). */
    private static SqlCriteria.ChildFilter childFilter(Ctx ctx, ChildTarget ch, Operator op, List<String> values,
            String name) {
        QueryModel cm = ch.child().model();
        return new SqlCriteria.ChildFilter(cm.table(), cm.alias(), cm.qualified(ch.child().foreignKeyColumn()),
                render(ctx, ch.inner(), op, values, name));
    }

    /**
     * The parents with a matching child: their ids computed once (an InitPlan) and looked up by primary key. As a
     * correlated EXISTS the planner would rather walk the parents in sort order probing the children for each,
     * which reads tens of thousands of parents to fill a page when few of them match (README, "Speed").
     */
    private static String anyParentOf(ChildTarget ch, SqlCriteria.ChildFilter f) {
        return ch.parent().qualified(ch.parent().idColumn()) + " = any (array(select " + f.foreignKey() + " from "
                + f.table() + " " + f.alias() + " where " + f.where() + "))";
    }

    /**
     * ORDER BY list for a {@code sort} value ("orderDate,-priority"); null/blank means the model's default, or just
     * the id when there is none.
     */
    public static String orderBy(QueryModel model, String sort) {
        List<String> parts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean lastDesc = false;
        boolean idIncluded = false;
        String src = sort == null || sort.isBlank() ? model.defaultSort() : sort;
        if (src != null) {
            for (String token : src.split(",")) {
                String key = token.strip();
                if (key.isEmpty()) {
                    continue;
                }
                boolean desc = false;
                if (key.startsWith("-")) {
                    desc = true;
                    key = key.substring(1).strip();
                } else if (key.startsWith("+")) {
                    key = key.substring(1).strip();
                }
                QueryModel.SortKey sk = model.sortKeys().get(key);
                if (sk == null) {
                    throw new InvalidQueryException("Unknown sort attribute '" + InvalidQueryException.echo(key) + "'");
                }
                if (!seen.add(key)) {
                    continue;
                }
                parts.add(sk.expression() + (desc ? " desc" : " asc") + (sk.nullable() ? " nulls last" : ""));
                lastDesc = desc;
                if (model.idColumn() != null && sk.expression().equals(model.qualified(model.idColumn()))) {
                    idIncluded = true;
                }
            }
        }
        if (model.idColumn() != null && !idIncluded) {
            parts.add(model.qualified(model.idColumn()) + (lastDesc ? " desc" : " asc"));
        }
        return String.join(", ", parts);
    }

    /** Splits a raw query string ("a=1&b.gte=2", e.g. an event subscription's query) into decoded parameters. */
    public static Map<String, List<String>> parseQueryString(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return out;
        }
        String q = query.startsWith("?") ? query.substring(1) : query;
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.computeIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), x -> new ArrayList<>())
                        .add(URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException ex) {
                throw new InvalidQueryException("Malformed query string: bad percent-encoding");
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- name resolution

    private sealed interface Target permits ColumnTarget, DocTarget, ChildTarget {
    }

    private record ColumnTarget(QueryModel model, QueryModel.Column column) implements Target {
    }

    private record DocTarget(QueryModel model, List<JsonSchema.Field> path) implements Target {
        ValueType type() {
            return path.get(path.size() - 1).scalarType();
        }
    }

    private record ChildTarget(QueryModel parent, QueryModel.Child child, Target inner) implements Target {
    }

    /** target non-null: found; problem non-null: the path exists but cannot be queried as a value; both null: unknown. */
    private record Resolution(Target target, String problem) {
        static final Resolution UNKNOWN = new Resolution(null, null);
    }

    private record Criterion(Target target, Operator op) {
    }

    private static Criterion parseName(QueryModel model, String name) {
        if (name == null || name.isEmpty()) {
            throw new InvalidQueryException("Empty attribute name in query");
        }
        List<String> segs = List.of(name.split("\\.", -1));
        int n = segs.size();
        Operator op = Operator.fromToken(segs.get(n - 1));
        if (op != null && n > 1) {
            List<String> prefix = segs.subList(0, n - 1);
            return new Criterion(found(resolve(model, prefix, ""), String.join(".", prefix)), op);
        }
        Resolution full = resolve(model, segs, "");
        if (full.target != null || full.problem != null) {
            return new Criterion(found(full, name), Operator.EQ);
        }
        if (n > 1 && !segs.get(n - 1).isEmpty()) {
            List<String> prefix = segs.subList(0, n - 1);
            if (resolve(model, prefix, "").target != null) {
                throw new InvalidQueryException("Unknown operator '" + InvalidQueryException.echo(segs.get(n - 1))
                        + "' on '" + String.join(".", prefix) + "'");
            }
        }
        throw unknownAttribute(name);
    }

    private static Target found(Resolution r, String displayName) {
        if (r.target != null) {
            return r.target;
        }
        if (r.problem != null) {
            throw new InvalidQueryException(r.problem);
        }
        throw unknownAttribute(displayName);
    }

    private static InvalidQueryException unknownAttribute(String name) {
        return new InvalidQueryException("Unknown attribute '" + InvalidQueryException.echo(name) + "' in query");
    }

    private static Resolution resolve(QueryModel m, List<String> segs, String prefix) {
        if (segs.isEmpty() || segs.stream().anyMatch(String::isEmpty)) {
            return Resolution.UNKNOWN;
        }
        String first = segs.get(0);
        QueryModel.Column col = m.columns().get(String.join(".", segs));
        if (col != null) {
            return new Resolution(new ColumnTarget(m, col), null);
        }
        QueryModel.Child child = m.children().get(first);
        if (child != null) {
            if (segs.size() == 1) {
                return new Resolution(null, "Attribute '" + prefix + first
                        + "' is a list of objects: filter on one of its attributes (e.g. '" + prefix + first + ".id')");
            }
            Resolution inner = resolve(child.model(), segs.subList(1, segs.size()), prefix + first + ".");
            return inner.target == null ? inner : new Resolution(new ChildTarget(m, child, inner.target), null);
        }
        String reason = m.notQueryable().get(first);
        if (reason != null) {
            return new Resolution(null, "Attribute '" + prefix + first + "' is not queryable: " + reason);
        }
        if (m.documentType() == null) {
            return Resolution.UNKNOWN;
        }
        JsonSchema.Type type = m.documentType();
        List<JsonSchema.Field> path = new ArrayList<>();
        for (int i = 0; i < segs.size(); i++) {
            JsonSchema.Field f = type.field(segs.get(i));
            if (f == null) {
                return Resolution.UNKNOWN;
            }
            path.add(f);
            boolean last = i == segs.size() - 1;
            if (f.isScalar()) {
                if (!last) {
                    return Resolution.UNKNOWN;
                }
            } else if (last) {
                String p = prefix + String.join(".", segs);
                return new Resolution(null, "Attribute '" + p + "' is an object: filter on one of its attributes (e.g. '"
                        + p + "." + m.schema().type(f.typeName()).fields().keySet().iterator().next() + "')");
            } else {
                type = m.schema().type(f.typeName());
            }
        }
        return new Resolution(new DocTarget(m, List.copyOf(path)), null);
    }

    // ---------------------------------------------------------------- rendering

    private static final class Ctx {
        final int first;
        final List<Object> params = new ArrayList<>();
        int values;

        Ctx(int first) {
            this.first = first;
        }

        String bind(Object v) {
            params.add(v);
            return "?" + (first + params.size() - 1);
        }

        void count(int n) {
            values += n;
            if (values > MAX_VALUES) {
                throw new InvalidQueryException("Too many query values (at most " + MAX_VALUES + ")");
            }
        }
    }

    private static String render(Ctx ctx, Target target, Operator op, List<String> values, String name) {
        if (target instanceof ColumnTarget ct) {
            return renderColumn(ctx, ct, op, values, name);
        }
        if (target instanceof DocTarget dt) {
            return renderDocument(ctx, dt, op, values, name);
        }
        ChildTarget ch = (ChildTarget) target;
        if (op != Operator.NE) {
            return anyParentOf(ch, childFilter(ctx, ch, op, values, name));
        }
        SqlCriteria.ChildFilter f = childFilter(ctx, ch, Operator.EQ, values, name);
        return "not exists (select 1 from " + f.table() + " " + f.alias() + " where " + f.foreignKey() + " = "
                + ch.parent().qualified(ch.parent().idColumn()) + " and " + f.where() + ")";
    }

    private static String renderColumn(Ctx ctx, ColumnTarget ct, Operator op, List<String> values, String name) {
        QueryModel.Column c = ct.column();
        String col = ct.model().qualified(c.sqlColumn());
        ValueType type = c.type();
        checkOperator(type, op, name);
        if (op == Operator.REGEX) {
            String pattern = checkRegex(values.get(0), name);
            String expr = type == ValueType.STRING ? col : "cast(" + col + " as text)";
            return expr + " ~ " + ctx.bind(pattern);
        }
        List<Object> typed = new ArrayList<>();
        for (String v : values) {
            Object o = columnValue(type, v, name);
            if (o != null) {
                typed.add(o);
            }
        }
        switch (op) {
            case EQ -> {
                if (typed.isEmpty()) {
                    return "false"; // e.g. id=not-a-uuid: matches nothing
                }
                if (typed.size() == 1) {
                    return col + " = " + ctx.bind(typed.get(0));
                }
                List<String> ph = new ArrayList<>();
                typed.forEach(o -> ph.add(ctx.bind(o)));
                return col + " in (" + String.join(", ", ph) + ")";
            }
            case NE -> {
                if (typed.isEmpty()) {
                    return "true";
                }
                List<String> parts = new ArrayList<>();
                typed.forEach(o -> parts.add(col + " is distinct from " + ctx.bind(o)));
                return paren(parts, " and ");
            }
            default -> {
                List<String> parts = new ArrayList<>();
                typed.forEach(o -> parts.add(col + " " + op.sql + " " + ctx.bind(o)));
                return paren(parts, " or ");
            }
        }
    }

    private static String renderDocument(Ctx ctx, DocTarget dt, Operator op, List<String> values, String name) {
        ValueType type = dt.type();
        checkOperator(type, op, name);
        String doc = dt.model().qualified(dt.model().documentColumn());
        if (op == Operator.REGEX) {
            String pattern = checkRegex(values.get(0), name);
            String kinds = type == ValueType.ANY ? "('string', 'number', 'boolean')" : "('string')";
            return "exists (select 1 from jsonb_path_query(" + doc + ", cast(" + ctx.bind(jsonPath(dt.path()))
                    + " as jsonpath), silent => true) as jq(v) where jsonb_typeof(jq.v) in " + kinds
                    + " and jsonb_build_array(jq.v) ->> 0 ~ " + ctx.bind(pattern) + ")";
        }
        if (op.isComparison() || type == ValueType.DATE_TIME) {
            // jsonpath filter with the values passed as variables $v0, $v1...: "some element satisfies any of them"
            ObjectNode vars = NODES.objectNode();
            List<String> tests = new ArrayList<>();
            String jsonOp = op == Operator.NE ? Operator.EQ.jsonPath : op.jsonPath;
            for (String v : values) {
                String var = "v" + vars.size();
                vars.set(var, comparisonValue(type, v, name));
                tests.add(type == ValueType.DATE_TIME
                        ? "@.datetime() " + jsonOp + " $" + var + ".datetime()"
                        : "@ " + jsonOp + " $" + var);
            }
            String path = jsonPath(dt.path()) + " ? (" + String.join(" || ", tests) + ")";
            String expr = "jsonb_path_exists_tz(" + doc + ", cast(" + ctx.bind(path) + " as jsonpath), cast("
                    + ctx.bind(write(vars)) + " as jsonb), true)";
            return op == Operator.NE ? "not " + expr : expr;
        }
        // eq / ne: containment, one document per alternative (and per JSON type for 'any')
        List<String> parts = new ArrayList<>();
        for (String v : values) {
            for (JsonNode leaf : equalityValues(type, v, name)) {
                parts.add(doc + " @> cast(" + ctx.bind(write(containment(dt.path(), leaf))) + " as jsonb)");
            }
        }
        String expr = paren(parts, " or ");
        return op == Operator.NE ? "not " + (parts.size() > 1 ? expr : "(" + expr + ")") : expr;
    }

    private static void checkOperator(ValueType type, Operator op, String name) {
        boolean ok = switch (op) {
            case EQ, NE -> true;
            case GT, GTE, LT, LTE -> type.orderable();
            case REGEX -> type.regexable();
        };
        if (!ok) {
            throw new InvalidQueryException("Operator '" + op.token() + "' is not supported on '" + attributeOf(name)
                    + "' (" + type.name().toLowerCase().replace('_', '-') + ")");
        }
    }

    private static String attributeOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && Operator.fromToken(name.substring(dot + 1)) != null ? name.substring(0, dot) : name;
    }

    /** {@code $."a"[*]."b"}: member names come from the validated model and are quoted anyway. */
    private static String jsonPath(List<JsonSchema.Field> path) {
        StringBuilder b = new StringBuilder("$");
        for (JsonSchema.Field f : path) {
            b.append(".\"").append(f.name().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            if (f.array()) {
                b.append("[*]");
            }
        }
        return b.toString();
    }

    /** {"relatedParty":[{"id":"C-17"}]} for relatedParty.id=C-17 (arrays where the model has arrays). */
    private static JsonNode containment(List<JsonSchema.Field> path, JsonNode leaf) {
        JsonNode node = leaf;
        for (int i = path.size() - 1; i >= 0; i--) {
            JsonSchema.Field f = path.get(i);
            if (f.array()) {
                node = NODES.arrayNode().add(node);
            }
            ObjectNode o = NODES.objectNode();
            o.set(f.name(), node);
            node = o;
        }
        return node;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String paren(List<String> parts, String joiner) {
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(joiner, parts) + ")";
    }

    // ---------------------------------------------------------------- values

    private static List<String> split(String raw) {
        if (raw == null) {
            return List.of("");
        }
        return List.of(raw.split(",", -1));
    }

    private static Object columnValue(ValueType type, String v, String name) {
        return switch (type) {
            case STRING, ANY -> v;
            case UUID -> UUID_PATTERN.matcher(v).matches() ? UUID.fromString(v) : null;
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

    private static List<JsonNode> equalityValues(ValueType type, String v, String name) {
        return switch (type) {
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

    private static JsonNode comparisonValue(ValueType type, String v, String name) {
        return switch (type) {
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

    static OffsetDateTime parseDateTime(String v, String name) {
        String s = v == null ? "" : v.trim();
        Matcher m = SPACE_OFFSET.matcher(s);
        if (m.matches()) {
            s = m.group(1) + "+" + m.group(2);
        }
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("Invalid date-time '" + InvalidQueryException.echo(v) + "' for '" + name
                    + "' (expected ISO-8601 with offset, e.g. 2026-01-31T10:00:00Z, or a date, e.g. 2026-01-31)");
        }
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

    private static String checkRegex(String pattern, String name) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException | StackOverflowError e) {
            throw new InvalidQueryException("Invalid regular expression '" + InvalidQueryException.echo(pattern) + "' for '" + name + "'");
        }
        return pattern;
    }
}
