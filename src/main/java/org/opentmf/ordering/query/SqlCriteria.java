package org.opentmf.ordering.query;

import java.util.List;

/**
 * Translated query: a WHERE predicate ({@code "true"} when there is no filter) and an ORDER BY list (without the
 * keywords), both using numbered placeholders {@code ?N} whose values are {@link #parameters()} in order
 * (the first one is {@code ?firstIndex}, 1 by default). Parameter types: String, Long, BigDecimal, Boolean,
 * OffsetDateTime, UUID. The SQL text never contains user input.
 */
public record SqlCriteria(String where, String orderBy, List<Object> parameters) {
    public SqlCriteria {
        parameters = List.copyOf(parameters);
    }
}
