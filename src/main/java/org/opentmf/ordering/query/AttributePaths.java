package org.opentmf.ordering.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Name resolution: turns a query parameter name ({@code relatedParty.id.ne}) into the attribute it addresses in
 * a {@link QueryModel} (a relational column, a path in the jsonb document, or either of those on a child table)
 * and the operator. Unknown or unqueryable names are an {@link InvalidQueryException} that says why.
 */
final class AttributePaths {

    /** What a path resolved to. */
    sealed interface Target permits ColumnTarget, DocTarget, ChildTarget {
    }

    record ColumnTarget(QueryModel model, QueryModel.Column column) implements Target {
        ValueType type() {
            return column.type();
        }
    }

    record DocTarget(QueryModel model, List<JsonSchema.Field> path) implements Target {
        ValueType type() {
            return path.get(path.size() - 1).scalarType();
        }
    }

    record ChildTarget(QueryModel parent, QueryModel.Child child, Target inner) implements Target {
    }

    /** A parameter name resolved: the attribute and the operator ({@code eq} when the name has none). */
    record Criterion(Target target, Operator op) {
    }

    /** target non-null: found; problem non-null: the path exists but cannot be queried as a value; both null: unknown. */
    private record Resolution(Target target, String problem) {
        static final Resolution UNKNOWN = new Resolution(null, null);
    }

    private AttributePaths() {
    }

    static Criterion parse(QueryModel model, String name) {
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

    /** The attribute part of a parameter name ({@code orderDate} of {@code orderDate.gte}), for messages. */
    static String attributeOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && Operator.fromToken(name.substring(dot + 1)) != null ? name.substring(0, dot) : name;
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
}
