package org.opentmf.ordering.common.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.error.TmfException;

/**
 * offset/limit for every list, validated against the configured maximum, and the response headers TMF630
 * asks for: X-Total-Count, X-Result-Count and an RFC 8288 Link header (first, prev, next, last) built on the
 * client-facing URL of the request.
 */
public record Paging(int offset, int limit) {

    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("[0-9]{1,9}");

    /**
     * The one place paging parameters are checked, with one message per parameter: {@code offset} a whole number
     * of 0 or more, {@code limit} one from 1 to {@code ordering.paging.max-limit}. Raw values, as sent (null when
     * absent): {@link PagingParameterCheck} runs this before JAX-RS converts them, so a value JAX-RS could not
     * convert gets the same 400 as one out of range.
     */
    public static Paging parse(String offset, String limit, OrderingConfig config) {
        int max = config.paging().maxLimit();
        Integer o = offset == null ? null : wholeNumber(offset);
        if (offset != null && o == null) {
            throw TmfException.badRequest("offset must be a whole number of 0 or more, got '" + echo(offset) + "'");
        }
        Integer l = limit == null ? null : wholeNumber(limit);
        if (limit != null && (l == null || l < 1 || l > max)) {
            throw TmfException.badRequest("limit must be a whole number from 1 to " + max + ", got '" + echo(limit) + "'");
        }
        return new Paging(o == null ? 0 : o, l == null ? config.paging().defaultLimit() : l);
    }

    /** The same check for values JAX-RS has converted. */
    public static Paging of(Integer offset, Integer limit, OrderingConfig config) {
        return parse(offset == null ? null : offset.toString(), limit == null ? null : limit.toString(), config);
    }

    private static Integer wholeNumber(String raw) {
        return WHOLE_NUMBER.matcher(raw).matches() ? Integer.valueOf(raw) : null;
    }

    private static String echo(String raw) {
        String t = raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
        return t.replaceAll("\\p{Cntrl}", "?");
    }

    public <T> RestResponse<T> respond(T body, long total, int resultCount, UriInfo uriInfo) {
        RestResponse.ResponseBuilder<T> response = RestResponse.ResponseBuilder.ok(body)
                .header("X-Total-Count", total)
                .header("X-Result-Count", resultCount);
        String links = links(total, uriInfo);
        if (!links.isEmpty()) {
            response.header("Link", links);
        }
        return response.build();
    }

    private String links(long total, UriInfo uriInfo) {
        List<String> links = new ArrayList<>();
        long lastOffset = total == 0 ? 0 : ((total - 1) / limit) * limit;
        links.add(link(uriInfo, 0, "first"));
        if (offset > 0) {
            // past the end, "prev" is the last page (not an empty page before this empty one)
            long prev = offset >= total ? lastOffset : Math.max(0, offset - limit);
            links.add(link(uriInfo, prev, "prev"));
        }
        if ((long) offset + limit < total) {
            links.add(link(uriInfo, offset + limit, "next"));
        }
        links.add(link(uriInfo, lastOffset, "last"));
        return String.join(", ", links);
    }

    /** Keeps the client's query as it was sent (still encoded), replacing only offset and limit. */
    private String link(UriInfo uriInfo, long linkOffset, String rel) {
        URI request = uriInfo.getRequestUri();
        StringBuilder query = new StringBuilder();
        String raw = request.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!pair.isEmpty() && !name.equals("offset") && !name.equals("limit")) {
                    query.append(pair).append('&');
                }
            }
        }
        query.append("offset=").append(linkOffset).append("&limit=").append(limit);
        String base = request.getScheme() + "://" + request.getRawAuthority() + request.getRawPath();
        return "<" + base + "?" + query + ">; rel=\"" + rel + "\"";
    }
}
