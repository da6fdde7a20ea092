package org.opentmf.ordering.issuance.rest;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.RestResponse;
import org.opentmf.ordering.api.v4.InitiatingRequestApi;
import org.opentmf.ordering.api.v4.model.InitiatingRequest;
import org.opentmf.ordering.common.web.Hrefs;
import org.opentmf.ordering.issuance.InitiatingRequestRecords;

/** Our extension: GET /productOrder/{id}/initiatingRequest, the record of the request that issued the order. */
public class InitiatingRequestResource implements InitiatingRequestApi {

    @Inject
    InitiatingRequestRecords records;

    @Inject
    Hrefs hrefs;

    @Override
    public RestResponse<InitiatingRequest> retrieveInitiatingRequest(String id) {
        String orderHref = hrefs.productOrder(id);
        return RestResponse.ok(records.forOrder(id, orderHref));
    }
}
