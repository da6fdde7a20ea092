package org.opentmf.ordering.query;

import java.util.List;

/**
 * Translated query: a WHERE predicate ({@code "true"} when there is no filter) and an ORDER BY list (without the
 * keywords), both using numbered placeholders {@code ?N} whose values are {@link #parameters()} in order
 * (the first one is {@code ?firstIndex}, 1 by default). Parameter types: String, Long, BigDecimal, Boolean,
 * OffsetDateTime, UUID. The SQL text never contains user input.
 *
 * <p>{@code childOnly}, when not null, is the query's only filter when that filter is a positive one on a child
 * table (e.g. {@code productOrderItem.productOffering.id=PO-1}): the same condition over the child rows alone, with
 * the same placeholders. Every child row belongs to a parent (foreign key), so callers may count and page the
 * matching parents from the child table without visiting the parents.
 */
public record SqlCriteria(String where, String orderBy, List<Object> parameters, ChildFilter childOnly) {
    public SqlCriteria {
        parameters = List.copyOf(parameters);
    }

    public SqlCriteria(String where, String orderBy, List<Object> parameters) {
        this(where, orderBy, parameters, null);
    }

    /** {@code where} holds over {@code table alias}; {@code foreignKey} (qualified) names the parent. */
    public record ChildFilter(String table, String alias, String foreignKey, String where) {
    }
}
