package org.opentmf.ordering.bench;

import java.io.IOException;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.error.TmfException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code POST /tmf-api/productOrderingManagement/bench/stackFloor}: the benchmark's stack floor ({@link StackFloor}).
 * A JAX-RS resource on a worker thread like the real create, behind the same HTTP, security, tracing and metrics
 * layers (with security on, the token is verified as for any {@code /tmf-api} path; the role is not looked up, since
 * only the API edges know the authorisation table): it parses the body into a tree, writes the rows in one JTA
 * transaction, and answers 201 with the tree. Served only when {@code ordering.bench.enabled=true}; otherwise it
 * answers 404 like any unknown path.
 */
@Path(StackFloorResource.PATH)
public class StackFloorResource {

    public static final String PATH = "/bench/stackFloor";

    @Inject
    OrderingConfig config;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    StackFloor floor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<JsonNode> create(byte[] body) {
        servedOnlyInTheBenchmark();
        JsonNode order;
        try {
            order = objectMapper.readTree(body);
        } catch (IOException e) {
            throw TmfException.badRequest("The body is not JSON");
        }
        if (order == null || !order.isObject()) {
            throw TmfException.badRequest("The body must be a JSON object");
        }
        String id = floor.write(order, body).toString();
        return RestResponse.ResponseBuilder.<JsonNode>created(URI.create(PATH + "/" + id)).entity(order).build();
    }

    private void servedOnlyInTheBenchmark() {
        if (!config.bench().enabled()) {
            throw new NotFoundException();
        }
    }
}
