package org.opentmf.ordering.query;

import java.util.List;

/**
 * Translated query: a WHERE predicate ({@code "true"} when there is no filter) and an ORDER BY list (without the
 * keywords), both using numbered placeholders {@code ?N} whose values are {@link #parameters()} in order
 * (the first one is {@code ?firstIndex}, 1 by default). Parameter types: String, Long, BigDecimal, Boolean,
 * OffsetDateTime, UUID. The SQL text never contains user input.
 *
 * <p>{@code count}, when not null, is a complete statement with the same placeholders that counts the matching
 * parents more cheaply than {@code count(*) ... where <where>}: set when the only filter is on a child table, whose
 * rows always belong to a parent (foreign key), so the parents need not be visited.
 */
public record SqlCriteria(String where, String orderBy, List<Object> parameters, String count) {
    public SqlCriteria {
        parameters = List.copyOf(parameters);
    }

    public SqlCriteria(String where, String orderBy, List<Object> parameters) {
        this(where, orderBy, parameters, null);
    }
}
