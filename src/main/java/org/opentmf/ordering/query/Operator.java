package org.opentmf.ordering.query;

/** TMF630 operators in dotted form ({@code attr.gte=value}); {@code eq} is the default. */
public enum Operator {
    EQ("eq", "=", "=="),
    NE("ne", "<>", "!="),
    GT("gt", ">", ">"),
    GTE("gte", ">=", ">="),
    LT("lt", "<", "<"),
    LTE("lte", "<=", "<="),
    REGEX("regex", "~", null);

    private final String token;
    final String sql;
    final String jsonPath;

    Operator(String token, String sql, String jsonPath) {
        this.token = token;
        this.sql = sql;
        this.jsonPath = jsonPath;
    }

    public String token() {
        return token;
    }

    boolean isComparison() {
        return this == GT || this == GTE || this == LT || this == LTE;
    }

    /** The operator for a path segment, or null when the segment is no operator. */
    public static Operator fromToken(String token) {
        for (Operator o : values()) {
            if (o.token.equals(token)) {
                return o;
            }
        }
        return null;
    }
}
