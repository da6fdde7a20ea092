package org.opentmf.ordering.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a list endpoint can filter and sort on, described as data: one table (with an alias), its relational
 * columns (attribute path to column and type), a jsonb document column holding every other attribute of a
 * schema type, child tables queried through {@code EXISTS} (e.g. productOrderItem), attributes that are not
 * queryable, and the sort keys. Immutable and thread-safe; build once (see {@link QueryModels}).
 */
public final class QueryModel {
    private static final Pattern SQL_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    /** A relational attribute; {@code attribute} may be dotted ("productOffering.id"). */
    public record Column(String attribute, String sqlColumn, ValueType type, boolean nullable) {
    }

    /** A child collection stored in its own table, joined by {@code child.foreignKey = parent.idColumn}. */
    public record Child(String attribute, QueryModel model, String foreignKeyColumn) {
    }

    /** A sort key: SQL expression over this model's alias (built from the model only, never from input). */
    public record SortKey(String attribute, String expression, boolean nullable) {
    }

    private final String table;
    private final String alias;
    private final String idColumn;
    private final String documentColumn;
    private final JsonSchema schema;
    private final JsonSchema.Type documentType;
    private final Map<String, Column> columns;
    private final Map<String, Child> children;
    private final Map<String, String> notQueryable;
    private final Map<String, SortKey> sortKeys;
    private final String defaultSort;

    private QueryModel(Builder b) {
        this.table = b.table;
        this.alias = b.alias;
        this.idColumn = b.idColumn;
        this.documentColumn = b.documentColumn;
        this.schema = b.schema;
        this.documentType = b.schema == null ? null : b.schema.type(b.documentTypeName);
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(b.columns));
        this.children = Collections.unmodifiableMap(new LinkedHashMap<>(b.children));
        this.notQueryable = Collections.unmodifiableMap(new LinkedHashMap<>(b.notQueryable));
        this.sortKeys = Collections.unmodifiableMap(new LinkedHashMap<>(b.sortKeys));
        this.defaultSort = b.defaultSort;
    }

    public static Builder builder(String table, String alias) {
        return new Builder(table, alias);
    }

    public String table() { return table; }
    public String alias() { return alias; }
    public String idColumn() { return idColumn; }
    public String documentColumn() { return documentColumn; }
    public JsonSchema schema() { return schema; }
    public JsonSchema.Type documentType() { return documentType; }
    public Map<String, Column> columns() { return columns; }
    public Map<String, Child> children() { return children; }
    public Map<String, String> notQueryable() { return notQueryable; }
    public Map<String, SortKey> sortKeys() { return sortKeys; }
    public String defaultSort() { return defaultSort; }

    /** {@code alias.column} */
    String qualified(String column) {
        return alias + "." + column;
    }

    public static final class Builder {
        private final String table;
        private final String alias;
        private String idColumn;
        private String documentColumn;
        private JsonSchema schema;
        private String documentTypeName;
        private final Map<String, Column> columns = new LinkedHashMap<>();
        private final Map<String, Child> children = new LinkedHashMap<>();
        private final Map<String, String> notQueryable = new LinkedHashMap<>();
        private final Map<String, SortKey> sortKeys = new LinkedHashMap<>();
        private final Map<String, Boolean> pendingDocumentSorts = new LinkedHashMap<>();
        private String defaultSort;

        private Builder(String table, String alias) {
            this.table = identifier(table);
            this.alias = identifier(alias);
        }

        /** Primary key column: the sort tie-breaker and what children's foreign keys refer to. */
        public Builder idColumn(String column) {
            this.idColumn = identifier(column);
            return this;
        }

        /** The jsonb column holding every attribute of {@code typeName} that is not a column, child or excluded. */
        public Builder document(String column, JsonSchema schema, String typeName) {
            this.documentColumn = identifier(column);
            this.schema = Objects.requireNonNull(schema);
            this.documentTypeName = typeName;
            schema.type(typeName);
            return this;
        }

        /** A relational attribute (also a sort key). */
        public Builder column(String attribute, String sqlColumn, ValueType type, boolean nullable) {
            for (String seg : attribute.split("\\.", -1)) {
                if (!JsonSchema.NAME.matcher(seg).matches()) {
                    throw new IllegalArgumentException("Bad attribute " + attribute);
                }
            }
            Column c = new Column(attribute, identifier(sqlColumn), Objects.requireNonNull(type), nullable);
            columns.put(attribute, c);
            sortKeys.put(attribute, new SortKey(attribute, alias + "." + c.sqlColumn(), nullable));
            return this;
        }

        /** A child collection in its own table ({@code EXISTS} sub-query); the parent needs an idColumn. */
        public Builder child(String attribute, QueryModel child, String foreignKeyColumn) {
            children.put(attribute, new Child(attribute, child, identifier(foreignKeyColumn)));
            return this;
        }

        /** A first-level attribute of the schema type that cannot be queried (e.g. computed href). */
        public Builder notQueryable(String attribute, String reason) {
            notQueryable.put(attribute, reason);
            return this;
        }

        /** First-level document attributes (string or date-time) usable in {@code sort}; their SQL has no ? or colon (Hibernate-safe). */
        public Builder sortableDocumentAttributes(String... attributes) {
            for (String a : attributes) {
                pendingDocumentSorts.put(a, Boolean.TRUE);
            }
            return this;
        }

        /** Sort used when the request has none, in {@code sort} syntax (e.g. "-orderDate"). */
        public Builder defaultSort(String sort) {
            this.defaultSort = sort;
            return this;
        }

        public QueryModel build() {
            for (String a : pendingDocumentSorts.keySet()) {
                if (schema == null) {
                    throw new IllegalStateException("No document for sort key " + a);
                }
                JsonSchema.Field f = schema.type(documentTypeName).field(a);
                if (f == null || !f.isScalar() || f.array() || columns.containsKey(a)) {
                    throw new IllegalArgumentException("Not a first-level scalar document attribute: " + a);
                }
                String doc = alias + "." + documentColumn;
                String expr = switch (f.scalarType()) {
                    case STRING -> doc + " ->> '" + a + "'";
                    // normalise through jsonpath datetime() (silent: a malformed stored value sorts as null)
                    // then cast the canonical ISO text PostgreSQL produced: sorts as instants, never errors.
                    case DATE_TIME -> "cast(jsonb_build_array(jsonb_path_query_first(" + doc + ", '$.\"" + a
                            + "\".datetime()', silent => true)) ->> 0 as timestamptz)";
                    default -> throw new IllegalArgumentException("Unsortable type for " + a);
                };
                sortKeys.put(a, new SortKey(a, expr, true));
            }
            if (!children.isEmpty() && idColumn == null) {
                throw new IllegalStateException("A model with children needs an idColumn");
            }
            QueryModel m = new QueryModel(this);
            if (defaultSort != null) {
                SqlRenderer.orderBy(m, defaultSort); // validates
            }
            return m;
        }

        private static String identifier(String s) {
            if (s == null || !SQL_IDENTIFIER.matcher(s).matches()) {
                throw new IllegalArgumentException("Bad SQL identifier " + s);
            }
            return s;
        }
    }
}
