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

    public static Paging of(Integer offset, Integer limit, OrderingConfig config) {
        int max = config.paging().maxLimit();
        if (offset != null && offset < 0) {
            throw TmfException.badRequest("offset must be 0 or more, got " + offset);
        }
        if (limit != null && (limit < 1 || limit > max)) {
            throw TmfException.badRequest("limit must be between 1 and " + max + ", got " + limit);
        }
        return new Paging(offset == null ? 0 : offset, limit == null ? config.paging().defaultLimit() : limit);
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
