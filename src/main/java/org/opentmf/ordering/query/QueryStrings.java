package org.opentmf.ordering.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * Query-string decoding for queries that do not arrive as a request's own query (an event subscription's
 * {@code query}): Netty's {@link QueryStringDecoder}, the decoder under Vert.x, so such a query decodes like a
 * list request's. {@code ;} is an ordinary character (as in the request URI), and malformed percent-encoding
 * is a 400.
 */
public final class QueryStrings {

    private QueryStrings() {
    }

    /** "a=1&amp;b.gte=2" (a leading {@code ?} is allowed) into decoded names and their values, in order. */
    public static Map<String, List<String>> decode(String query) {
        if (query == null || query.isBlank()) {
            return new LinkedHashMap<>();
        }
        if (query.indexOf('#') >= 0) {
            // Netty ends a query at a fragment and would silently drop the rest of it
            throw new InvalidQueryException("Malformed query string: '#' must be percent-encoded (%23)");
        }
        Map<String, List<String>> decoded;
        try {
            decoded = new QueryStringDecoder(query, StandardCharsets.UTF_8, false, Integer.MAX_VALUE, true).parameters();
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("Malformed query string: bad percent-encoding");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        decoded.forEach((name, values) -> out.put(name, new ArrayList<>(values)));
        return out;
    }
}
