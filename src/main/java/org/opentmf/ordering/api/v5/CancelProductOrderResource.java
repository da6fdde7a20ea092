package org.opentmf.ordering.api.v5;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.opentmf.ordering.common.party.Requester;
import org.opentmf.ordering.security.Access;
import org.opentmf.ordering.security.Operation;
import org.opentmf.ordering.api.v5.contract.CancelProductOrderApi;
import org.opentmf.ordering.api.v5.contract.model.CancelProductOrder;
import org.opentmf.ordering.api.v5.contract.model.CancelProductOrderFVO;
import org.opentmf.ordering.cancellation.CancelProductOrderDocument;
import org.opentmf.ordering.cancellation.CancelProductOrderSearch.Page;
import org.opentmf.ordering.cancellation.OrderCancellation;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.json.RequestBody;
import org.opentmf.ordering.common.web.FieldSelection;
import org.opentmf.ordering.common.web.Paging;
import org.opentmf.ordering.common.web.QueryFilters;
import org.opentmf.ordering.query.V5QueryNames;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** TMF622 v5 cancelProductOrder: translates HTTP to {@link OrderCancellation} and back. */
public class CancelProductOrderResource implements CancelProductOrderApi {

    @Inject
    Access access;

    @Inject
    OrderCancellation cancellation;

    @Inject
    CancelProductOrderDocument document;

    @Inject
    V5Representation representation;

    @Inject
    OrderingConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    RequestBody requestBody;

    @Context
    UriInfo uriInfo;

    @Override
    public RestResponse<CancelProductOrder> createCancelProductOrder(CancelProductOrderFVO create) {
        Requester requester = access.require(Operation.CREATE_CANCEL_PRODUCT_ORDER);
        ObjectNode sent;
        try {
            sent = (ObjectNode) json.readTree(requestBody.bytes());
        } catch (IOException | ClassCastException e) {
            throw TmfException.badRequest("The request body must be a JSON object");
        }
        ObjectNode task = representation.cancelToVersion(cancellation.request(representation.cancelRequest(sent),
                create.getProductOrder().getId(), create.getRequestedCancellationDate(), create.getCancellationReason(),
                requester));
        return asApi(RestResponse.ResponseBuilder.<ObjectNode>create(RestResponse.Status.CREATED)
                .location(URI.create(task.get("href").asText()))
                .entity(task)
                .build());
    }

    @Override
    public RestResponse<List<CancelProductOrder>> listCancelProductOrder(String fields, Integer offset, Integer limit,
            String sort) {
        Requester requester = access.require(Operation.LIST_CANCEL_PRODUCT_ORDERS);
        Paging paging = Paging.of(offset, limit, config);
        FieldSelection selection = FieldSelection.parse(fields);
        Page page = cancellation.find(V5QueryNames.cancelProductOrder(QueryFilters.of(uriInfo)), sort, paging,
                requester);
        List<ObjectNode> body = page.tasks().stream()
                .map(t -> selection.apply(representation.cancelToVersion(document.toTree(t))))
                .toList();
        return asApi(paging.respond(body, page.total(), body.size(), uriInfo));
    }

    @Override
    public RestResponse<CancelProductOrder> retrieveCancelProductOrder(String id, String fields) {
        return asApi(RestResponse.ok(FieldSelection.parse(fields)
                .apply(representation.cancelToVersion(document.toTree(
                        cancellation.get(id, access.require(Operation.READ_CANCEL_PRODUCT_ORDER)))))));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static <T> RestResponse<T> asApi(RestResponse<?> response) {
        return (RestResponse) response;
    }
}
