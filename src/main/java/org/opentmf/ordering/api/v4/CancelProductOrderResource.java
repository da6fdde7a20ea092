package org.opentmf.ordering.api.v4;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.opentmf.ordering.common.party.Requester;
import org.opentmf.ordering.security.Access;
import org.opentmf.ordering.security.Operation;
import org.opentmf.ordering.api.v4.contract.CancelProductOrderApi;
import org.opentmf.ordering.api.v4.contract.model.CancelProductOrder;
import org.opentmf.ordering.api.v4.contract.model.CancelProductOrderCreate;
import org.opentmf.ordering.cancellation.CancelProductOrderDocument;
import org.opentmf.ordering.cancellation.CancelProductOrderSearch.Page;
import org.opentmf.ordering.cancellation.OrderCancellation;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.web.FieldSelection;
import org.opentmf.ordering.common.web.Paging;
import org.opentmf.ordering.common.web.QueryFilters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** TMF622 v4 cancelProductOrder: translates HTTP to {@link OrderCancellation} and back. */
public class CancelProductOrderResource implements CancelProductOrderApi {

    @Inject
    Access access;

    @Inject
    OrderCancellation cancellation;

    @Inject
    CancelProductOrderDocument mapper;

    @Inject
    OrderingConfig config;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @Override
    public RestResponse<CancelProductOrder> createCancelProductOrder(CancelProductOrderCreate create) {
        Requester requester = access.require(Operation.CREATE_CANCEL_PRODUCT_ORDER);
        ObjectNode task = cancellation.request(json.valueToTree(create), create.getProductOrder().getId(),
                create.getRequestedCancellationDate(), create.getCancellationReason(), requester);
        return RestResponse.ResponseBuilder.<CancelProductOrder>create(RestResponse.Status.CREATED)
                .location(URI.create(task.get("href").asText()))
                .entity(toApi(task))
                .build();
    }

    @Override
    public RestResponse<List<CancelProductOrder>> listCancelProductOrder(String fields, Integer offset, Integer limit,
            String sort) {
        Requester requester = access.require(Operation.LIST_CANCEL_PRODUCT_ORDERS);
        Paging paging = Paging.of(offset, limit, config);
        FieldSelection selection = FieldSelection.parse(fields);
        Page page = cancellation.find(QueryFilters.of(uriInfo), sort, paging, requester);
        List<CancelProductOrder> body = page.tasks().stream()
                .map(t -> toApi(selection.apply(mapper.toTree(t))))
                .toList();
        return paging.respond(body, page.total(), body.size(), uriInfo);
    }

    @Override
    public RestResponse<CancelProductOrder> retrieveCancelProductOrder(String id, String fields) {
        ObjectNode tree = FieldSelection.parse(fields).apply(mapper.toTree(
                cancellation.get(id, access.require(Operation.READ_CANCEL_PRODUCT_ORDER))));
        return RestResponse.ok(toApi(tree));
    }

    private CancelProductOrder toApi(JsonNode tree) {
        try {
            return json.treeToValue(tree, CancelProductOrder.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored cancelProductOrder no longer matches the API model", e);
        }
    }
}
