package org.opentmf.ordering.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.UriInfo;

/** The filter part of a list request: every query parameter except the reserved TMF630 ones. */
public final class QueryFilters {

    public static final Set<String> RESERVED = Set.of("fields", "offset", "limit", "sort");

    private QueryFilters() {
    }

    public static Map<String, List<String>> of(UriInfo uriInfo) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        uriInfo.getQueryParameters(true).forEach((name, values) -> {
            if (!RESERVED.contains(name)) {
                filters.put(name, List.copyOf(values));
            }
        });
        return filters;
    }
}
