package org.opentmf.ordering.issuance.qualification;

import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one TMF679 operation we need: retrieve a ProductOfferingQualification by id. Read as text, whatever the
 * status, so that a 404 or an error page is ours to interpret (the default exception mapper is off). Built with
 * its base URL at run time ({@link ProductOfferingQualifications}), never injected.
 */
@RegisterRestClient(configKey = "tmf679")
@Path("")
public interface ProductOfferingQualificationApi {

    @GET
    @Path("{resource}/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    CompletionStage<RestResponse<String>> retrieve(@PathParam("resource") String resource, @PathParam("id") String id);
}
