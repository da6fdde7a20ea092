package org.opentmf.ordering.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opentmf.ordering.query.AttributePaths.ChildTarget;
import org.opentmf.ordering.query.AttributePaths.Criterion;

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
 *
 * <p>The work is split by concern: {@link QueryStrings} decodes raw query strings, {@link AttributePaths} resolves
 * names against the model, {@link SqlRenderer} writes the SQL and {@link ValueType} parses the values.
 */
public final class QueryEngine {
    /** Parameter names this engine never treats as filters. */
    public static final Set<String> RESERVED = Set.of("fields", "offset", "limit", "sort");
    /** Upper bound on the number of values (alternatives) in one query. */
    public static final int MAX_VALUES = 200;

    private QueryEngine() {
    }

    /** {@link #translate(QueryModel, Map, int)} with placeholders starting at {@code ?1}. */
    public static SqlCriteria translate(QueryModel model, Map<String, List<String>> params) {
        return translate(model, params, 1);
    }

    /** {@link #translate(QueryModel, Map, Placeholders)} with numbered placeholders from {@code ?firstIndex}. */
    public static SqlCriteria translate(QueryModel model, Map<String, List<String>> params, int firstIndex) {
        return translate(model, params, Placeholders.numberedFrom(firstIndex));
    }

    /**
     * @param params raw decoded query parameters; reserved ones (fields, offset, limit) are skipped, {@code sort}
     *               is turned into the ORDER BY (model default when absent)
     * @param placeholders how bound values are written in the SQL
     * @throws InvalidQueryException for anything the client got wrong
     */
    public static SqlCriteria translate(QueryModel model, Map<String, List<String>> params, Placeholders placeholders) {
        SqlRenderer sql = new SqlRenderer(placeholders);
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
                Criterion c = AttributePaths.parse(model, name);
                for (String raw : raws) {
                    if (raw != null && raw.indexOf('\0') >= 0) {
                        // PostgreSQL text and jsonb cannot hold NUL: reject instead of failing in the database
                        throw new InvalidQueryException("Invalid character (NUL) in value for '" + name + "'");
                    }
                    List<String> values = c.op() == Operator.REGEX ? List.of(raw == null ? "" : raw) : split(raw);
                    sql.count(values.size());
                    if (c.target() instanceof ChildTarget ch && c.op() != Operator.NE) {
                        childOnly = sql.childFilter(ch, c.op(), values, name);
                        conditions.add(SqlRenderer.anyParentOf(ch, childOnly));
                    } else {
                        childOnly = null;
                        conditions.add(sql.render(c.target(), c.op(), values, name));
                    }
                }
            }
        }
        String where = conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        String orderBy = orderBy(model, sort == null || sort.isBlank() ? model.defaultSort() : sort);
        return new SqlCriteria(where, orderBy, sql.parameters(), conditions.size() == 1 ? childOnly : null);
    }

    /**
     * ORDER BY list for a {@code sort} value ("orderDate,-priority"); null/blank means the model's default, or just
     * the id when there is none.
     */
    public static String orderBy(QueryModel model, String sort) {
        return SqlRenderer.orderBy(model, sort);
    }

    /** Splits a raw query string ("a=1&b.gte=2", e.g. an event subscription's query) into decoded parameters. */
    public static Map<String, List<String>> parseQueryString(String query) {
        return QueryStrings.decode(query);
    }

    /** {@code a,b} is a OR b (an empty value is one empty alternative). */
    private static List<String> split(String raw) {
        if (raw == null) {
            return List.of("");
        }
        return List.of(raw.split(",", -1));
    }
}
