package org.opentmf.ordering.api.v5;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.opentmf.ordering.common.party.Requester;
import org.opentmf.ordering.security.Access;
import org.opentmf.ordering.security.Operation;
import org.opentmf.ordering.api.v5.contract.ProductOrderApi;
import org.opentmf.ordering.api.v5.contract.model.ProductOrder;
import org.opentmf.ordering.api.v5.contract.model.ProductOrderFVO;
import org.opentmf.ordering.api.v5.contract.model.ProductOrderMVO;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.json.RequestBody;
import org.opentmf.ordering.common.web.ETags;
import org.opentmf.ordering.common.web.FieldSelection;
import org.opentmf.ordering.common.web.Hrefs;
import org.opentmf.ordering.common.web.Paging;
import org.opentmf.ordering.common.web.QueryFilters;
import org.opentmf.ordering.issuance.IssuedOrder;
import org.opentmf.ordering.issuance.OrderIssuance;
import org.opentmf.ordering.issuance.SalesRequest;
import org.opentmf.ordering.order.OrderPatch;
import org.opentmf.ordering.order.ProductOrderDocument;
import org.opentmf.ordering.order.ProductOrderLifecycle;
import org.opentmf.ordering.order.ProductOrderLifecycle.Changed;
import org.opentmf.ordering.order.ProductOrders;
import org.opentmf.ordering.order.ProductOrders.Page;
import org.opentmf.ordering.query.V5QueryNames;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * TMF622 v5 productOrder: translates HTTP to the same issuance and order services as v4 and back, through
 * {@link V5Representation}. The body the generated model was bound from is only checked (the v5 create rules are
 * its required members); what is issued is the raw body, so unknown attributes are kept.
 */
public class ProductOrderResource implements ProductOrderApi {

    @Inject
    Access access;

    @Inject
    OrderIssuance issuance;

    @Inject
    ProductOrders orders;

    @Inject
    ProductOrderDocument document;

    @Inject
    ProductOrderLifecycle lifecycle;

    @Inject
    V5Representation representation;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    RequestBody requestBody;

    @Inject
    OrderingConfig config;

    @Inject
    Hrefs hrefs;

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    @Override
    public RestResponse<ProductOrder> createProductOrder(ProductOrderFVO productOrderFVO, String idempotencyKey) {
        Requester requester = access.require(Operation.CREATE_PRODUCT_ORDER);
        ObjectNode sent = sentObject();
        SalesRequest sales = new SalesRequest(representation.createRequest(sent), requestBody.bytes(),
                OffsetDateTime.now(ZoneOffset.UTC), blankToNull(idempotencyKey));
        IssuedOrder issued = issuance.issue(sales, requester);
        ObjectNode body = representation.toVersion(issued.representation());
        return asApi(RestResponse.ResponseBuilder
                .<ObjectNode>create(issued.replayed() ? RestResponse.Status.OK : RestResponse.Status.CREATED)
                .location(URI.create(body.get("href").asText()))
                .header("ETag", ETags.of(issued.order().version))
                .entity(body)
                .build());
    }

    @Override
    public RestResponse<ProductOrder> retrieveProductOrder(String id, String fields) {
        var order = orders.read(id, access.require(Operation.READ_PRODUCT_ORDER));
        ObjectNode tree = FieldSelection.parse(fields).apply(representation.toVersion(document.toTree(order, hrefs.productOrder(id))));
        return asApi(RestResponse.ResponseBuilder.ok(tree)
                .header("ETag", ETags.of(order.version))
                .build());
    }

    @Override
    public RestResponse<List<ProductOrder>> listProductOrder(String fields, Integer offset, Integer limit, String sort) {
        Requester requester = access.require(Operation.LIST_PRODUCT_ORDERS);
        Paging paging = Paging.of(offset, limit, config);
        FieldSelection selection = FieldSelection.parse(fields);
        Page page = orders.find(V5QueryNames.productOrder(QueryFilters.of(uriInfo)), V5QueryNames.productOrderSort(sort),
                paging, requester);
        List<ObjectNode> body = page.orders().stream()
                .map(o -> selection.apply(representation.toVersion(document.toTree(o, hrefs.productOrder(o.id.toString())))))
                .toList();
        return asApi(paging.respond(body, page.total(), body.size(), uriInfo));
    }

    @Override
    public RestResponse<ProductOrder> patchProductOrder(String id, ProductOrderMVO productOrderMVO, String ifMatch) {
        Requester requester = access.require(Operation.PATCH_PRODUCT_ORDER);
        // The raw body, not the model: a merge patch's nulls and a JSON Patch array do not survive the model.
        OrderPatch patch = OrderPatch.of(requestBody.mediaType(), requestBody.bytes(), objectMapper);
        Changed changed = lifecycle.patch(id, patch, ETags.preconditions(request), representation,
                requester);
        return asApi(RestResponse.ResponseBuilder.ok(representation.toVersion(changed.tree()))
                .header("ETag", ETags.of(changed.order().version))
                .build());
    }

    @Override
    public RestResponse<Void> deleteProductOrder(String id, String ifMatch) {
        orders.delete(id, ETags.preconditions(request), access.require(Operation.DELETE_PRODUCT_ORDER));
        return RestResponse.noContent();
    }

    private ObjectNode sentObject() {
        if (requestBody.tree() instanceof ObjectNode parsed) {
            return parsed; // parsed once by the body reader; createRequest works on a copy
        }
        try {
            return (ObjectNode) objectMapper.readTree(requestBody.bytes());
        } catch (IOException | ClassCastException e) {
            throw TmfException.badRequest("The request body must be a JSON object");
        }
    }

    /** The body is written from the tree itself (see the v4 resource): it is the v5 JSON already. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static <T> RestResponse<T> asApi(RestResponse<?> response) {
        return (RestResponse) response;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
