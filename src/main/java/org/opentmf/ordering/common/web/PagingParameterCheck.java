package org.opentmf.ordering.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.opentmf.ordering.common.error.TmfError;

/**
 * JAX-RS turns an unconvertible integer query parameter into a 404 without saying which one. TMF clients
 * deserve a 400 that names it, so offset and limit are checked before the resource is matched.
 */
public class PagingParameterCheck {

    @ServerRequestFilter(preMatching = true)
    public RestResponse<TmfError> checkPagingParameters(ContainerRequestContext request) {
        for (String name : new String[] { "offset", "limit" }) {
            for (String value : request.getUriInfo().getQueryParameters().getOrDefault(name, java.util.List.of())) {
                if (!value.matches("-?\\d{1,9}")) {
                    String message = name + " must be a whole number, got '" + value + "'";
                    return RestResponse.ResponseBuilder.<TmfError>create(RestResponse.Status.BAD_REQUEST)
                            .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                            .entity(TmfError.of(400, "Bad Request", message))
                            .build();
                }
            }
        }
        return null;
    }
}
