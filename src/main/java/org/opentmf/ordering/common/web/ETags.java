package org.opentmf.ordering.common.web;

import java.util.function.LongPredicate;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;

/** Strong entity tags from the row version: {@code "7"}. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    private static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The request's preconditions (If-Match) as a test of the version the change finds once it holds the row:
     * true when the change may go ahead. JAX-RS evaluates them, with the strong comparison If-Match calls for
     * (RFC 9110 13.1.1): our tags are strong, so a weak {@code W/"3"} never matches; {@code *} and no header
     * match any version.
     */
    public static LongPredicate preconditions(Request request) {
        return version -> {
            try {
                return request.evaluatePreconditions(tag(version)) == null;
            } catch (IllegalArgumentException e) {
                return false; // a malformed tag is no tag we issued: it cannot match
            }
        };
    }
}
