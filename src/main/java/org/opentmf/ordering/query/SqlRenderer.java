package org.opentmf.ordering.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.opentmf.ordering.query.AttributePaths.ChildTarget;
import org.opentmf.ordering.query.AttributePaths.ColumnTarget;
import org.opentmf.ordering.query.AttributePaths.DocTarget;
import org.opentmf.ordering.query.AttributePaths.Target;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SQL rendering: one resolved condition as a predicate over the model's alias, of three kinds (a relational
 * column; a jsonb document, by containment or a jsonpath filter; a child table, as the parents with a matching
 * child), and a {@code sort} as an ORDER BY list. SQL text comes from the model only; every value is bound and
 * written as a placeholder ({@link Placeholders}), in the order the values are bound.
 */
final class SqlRenderer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Placeholders placeholders;
    private final List<Object> params = new ArrayList<>();
    private int values;

    SqlRenderer(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    /** The values bound so far, in placeholder order. */
    List<Object> parameters() {
        return params;
    }

    /** Counts the values of one parameter against {@link QueryEngine#MAX_VALUES}. */
    void count(int n) {
        values += n;
        if (values > QueryEngine.MAX_VALUES) {
            throw new InvalidQueryException("Too many query values (at most " + QueryEngine.MAX_VALUES + ")");
        }
    }

    private String bind(Object v) {
        params.add(v);
        return placeholders.of(params.size() - 1);
    }

    /** A condition on {@code target}: any of {@code values} (none of them for {@code ne}). */
    String render(Target target, Operator op, List<String> values, String name) {
        if (target instanceof ColumnTarget ct) {
            return column(ct, op, values, name);
        }
        if (target instanceof DocTarget dt) {
            return document(dt, op, values, name);
        }
        ChildTarget ch = (ChildTarget) target;
        if (op != Operator.NE) {
            return anyParentOf(ch, childFilter(ch, op, values, name));
        }
        SqlCriteria.ChildFilter f = childFilter(ch, Operator.EQ, values, name);
        return "not exists (select 1 from " + f.table() + " " + f.alias() + " where " + f.foreignKey() + " = "
                + ch.parent().qualified(ch.parent().idColumn()) + " and " + f.where() + ")";
    }

    /** The condition on the child rows alone (over the child table's alias). */
    SqlCriteria.ChildFilter childFilter(ChildTarget ch, Operator op, List<String> values, String name) {
        QueryModel cm = ch.child().model();
        return new SqlCriteria.ChildFilter(cm.table(), cm.alias(), cm.qualified(ch.child().foreignKeyColumn()),
                render(ch.inner(), op, values, name));
    }

    /**
     * The parents with a matching child: their ids computed once (an InitPlan) and looked up by primary key. As a
     * correlated EXISTS the planner would rather walk the parents in sort order probing the children for each,
     * which reads tens of thousands of parents to fill a page when few of them match (README, "Speed").
     */
    static String anyParentOf(ChildTarget ch, SqlCriteria.ChildFilter f) {
        return ch.parent().qualified(ch.parent().idColumn()) + " = any (array(select " + f.foreignKey() + " from "
                + f.table() + " " + f.alias() + " where " + f.where() + "))";
    }

    private String column(ColumnTarget ct, Operator op, List<String> values, String name) {
        String col = ct.model().qualified(ct.column().sqlColumn());
        ValueType type = ct.type();
        checkOperator(type, op, name);
        if (op == Operator.REGEX) {
            String pattern = ValueType.regex(values.get(0), name);
            String expr = type == ValueType.STRING ? col : "cast(" + col + " as text)";
            return expr + " ~ " + bind(pattern);
        }
        List<Object> typed = new ArrayList<>();
        for (String v : values) {
            Object o = type.columnValue(v, name);
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
                    return col + " = " + bind(typed.get(0));
                }
                List<String> ph = new ArrayList<>();
                typed.forEach(o -> ph.add(bind(o)));
                return col + " in (" + String.join(", ", ph) + ")";
            }
            case NE -> {
                if (typed.isEmpty()) {
                    return "true";
                }
                List<String> parts = new ArrayList<>();
                typed.forEach(o -> parts.add(col + " is distinct from " + bind(o)));
                return paren(parts, " and ");
            }
            default -> {
                List<String> parts = new ArrayList<>();
                typed.forEach(o -> parts.add(col + " " + op.sql + " " + bind(o)));
                return paren(parts, " or ");
            }
        }
    }

    private String document(DocTarget dt, Operator op, List<String> values, String name) {
        ValueType type = dt.type();
        checkOperator(type, op, name);
        String doc = dt.model().qualified(dt.model().documentColumn());
        if (op == Operator.REGEX) {
            String pattern = ValueType.regex(values.get(0), name);
            String kinds = type == ValueType.ANY ? "('string', 'number', 'boolean')" : "('string')";
            String path = bind(jsonPath(dt.path()));
            return "exists (select 1 from jsonb_path_query(" + doc + ", cast(" + path
                    + " as jsonpath), silent => true) as jq(v) where jsonb_typeof(jq.v) in " + kinds
                    + " and jsonb_build_array(jq.v) ->> 0 ~ " + bind(pattern) + ")";
        }
        if (op.isComparison() || type == ValueType.DATE_TIME) {
            // jsonpath filter with the values passed as variables $v0, $v1...: "some element satisfies any of them"
            ObjectNode vars = NODES.objectNode();
            List<String> tests = new ArrayList<>();
            String jsonOp = op == Operator.NE ? Operator.EQ.jsonPath : op.jsonPath;
            for (String v : values) {
                String var = "v" + vars.size();
                vars.set(var, type.comparisonValue(v, name));
                tests.add(type == ValueType.DATE_TIME
                        ? "@.datetime() " + jsonOp + " $" + var + ".datetime()"
                        : "@ " + jsonOp + " $" + var);
            }
            String path = bind(jsonPath(dt.path()) + " ? (" + String.join(" || ", tests) + ")");
            String expr = "jsonb_path_exists_tz(" + doc + ", cast(" + path + " as jsonpath), cast("
                    + bind(write(vars)) + " as jsonb), true)";
            return op == Operator.NE ? "not " + expr : expr;
        }
        // eq / ne: containment, one document per alternative (and per JSON type for 'any')
        List<String> parts = new ArrayList<>();
        for (String v : values) {
            for (JsonNode leaf : type.equalityValues(v, name)) {
                parts.add(doc + " @> cast(" + bind(write(containment(dt.path(), leaf))) + " as jsonb)");
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
            throw new InvalidQueryException("Operator '" + op.token() + "' is not supported on '"
                    + AttributePaths.attributeOf(name) + "' (" + type.label() + ")");
        }
    }

    /**
     * ORDER BY list for a {@code sort} value ("orderDate,-priority"); null/blank means the model's default, or just
     * the id when there is none. Nullable keys sort nulls last; the id is always the final tie-breaker.
     */
    static String orderBy(QueryModel model, String sort) {
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
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    private static String paren(List<String> parts, String joiner) {
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(joiner, parts) + ")";
    }
}
