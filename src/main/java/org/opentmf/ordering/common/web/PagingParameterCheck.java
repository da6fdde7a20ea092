package org.opentmf.ordering.common.web;

import java.util.List;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opentmf.ordering.common.config.OrderingConfig;

/**
 * Checks offset and limit ({@link Paging#parse}) before the resource is matched: JAX-RS would turn a value it
 * cannot convert into an integer into a 404 without saying which one, and TMF clients deserve the same 400 for
 * "abc" as for -1. A refusal is a {@code TmfException}, answered by the one error mapper.
 */
public class PagingParameterCheck {

    /** Looked up per request: the filter is created at static init, before the runtime configuration exists. */
    @Inject
    Instance<OrderingConfig> config;

    @ServerRequestFilter(preMatching = true)
    public void checkPagingParameters(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (!query.containsKey("offset") && !query.containsKey("limit")) {
            return;
        }
        OrderingConfig config = this.config.get();
        // JAX-RS binds the first value of a repeated parameter; every one must be valid all the same
        for (String offset : query.getOrDefault("offset", List.of())) {
            Paging.parse(offset, null, config);
        }
        for (String limit : query.getOrDefault("limit", List.of())) {
            Paging.parse(null, limit, config);
        }
    }
}
