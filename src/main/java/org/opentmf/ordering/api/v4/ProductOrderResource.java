package org.opentmf.ordering.api.v4;

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
import org.opentmf.ordering.api.v4.contract.ProductOrderApi;
import org.opentmf.ordering.api.v4.contract.model.ProductOrder;
import org.opentmf.ordering.api.v4.contract.model.ProductOrderCreate;
import org.opentmf.ordering.api.v4.contract.model.ProductOrderUpdate;
import org.opentmf.ordering.common.config.OrderingConfig;
import org.opentmf.ordering.common.json.RequestBody;
import org.opentmf.ordering.common.web.ETags;
import org.opentmf.ordering.common.web.FieldSelection;
import org.opentmf.ordering.common.web.Hrefs;
import org.opentmf.ordering.common.web.Paging;
import org.opentmf.ordering.common.web.QueryFilters;
import org.opentmf.ordering.issuance.IssuedOrder;
import org.opentmf.ordering.issuance.OrderIssuance;
import org.opentmf.ordering.issuance.SalesRequest;
import org.opentmf.ordering.order.ProductOrderDocument;
import org.opentmf.ordering.order.OrderPatch;
import org.opentmf.ordering.order.ProductOrderLifecycle;
import org.opentmf.ordering.order.ProductOrderLifecycle.Changed;
import org.opentmf.ordering.order.ProductOrders;
import org.opentmf.ordering.order.ProductOrders.Page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** TMF622 v4 productOrder: translates HTTP to the issuance and order services and back. */
public class ProductOrderResource implements ProductOrderApi {

    @Inject
    Access access;

    @Inject
    OrderIssuance issuance;

    @Inject
    ProductOrders orders;

    @Inject
    ProductOrderDocument mapper;

    @Inject
    ProductOrderLifecycle lifecycle;

    @Inject
    V4Representation representation;

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
    public RestResponse<ProductOrder> createProductOrder(ProductOrderCreate productOrderCreate, String idempotencyKey) {
        Requester requester = access.require(Operation.CREATE_PRODUCT_ORDER);
        // The body as sent, parsed once by the body reader: binding it back into a tree cost a tenth of a create.
        ObjectNode sent = requestBody.tree() instanceof ObjectNode parsed
                ? parsed.deepCopy()
                : mapper.tree(productOrderCreate);
        SalesRequest request = new SalesRequest(sent, requestBody.bytes(),
                OffsetDateTime.now(ZoneOffset.UTC), blankToNull(idempotencyKey));
        IssuedOrder issued = issuance.issue(request, requester);
        String href = href(issued.order().id.toString());
        return asApi(RestResponse.ResponseBuilder
                .<ObjectNode>create(issued.replayed() ? RestResponse.Status.OK : RestResponse.Status.CREATED)
                .location(URI.create(href))
                .header("ETag", ETags.of(issued.order().version))
                .entity(issued.representation())
                .build());
    }

    @Override
    public RestResponse<ProductOrder> retrieveProductOrder(String id, String fields) {
        var order = orders.read(id, access.require(Operation.READ_PRODUCT_ORDER));
        ObjectNode tree = FieldSelection.parse(fields).apply(mapper.toTree(order, href(id)));
        return asApi(RestResponse.ResponseBuilder.ok(tree)
                .header("ETag", ETags.of(order.version))
                .build());
    }

    @Override
    public RestResponse<List<ProductOrder>> listProductOrder(String fields, Integer offset, Integer limit, String sort) {
        Requester requester = access.require(Operation.LIST_PRODUCT_ORDERS);
        Paging paging = Paging.of(offset, limit, config);
        FieldSelection selection = FieldSelection.parse(fields);
        Page page = orders.find(QueryFilters.of(uriInfo), sort, paging, requester);
        List<ObjectNode> body = page.orders().stream()
                .map(o -> selection.apply(mapper.toTree(o, href(o.id.toString()))))
                .toList();
        return asApi(paging.respond(body, page.total(), body.size(), uriInfo));
    }

    @Override
    public RestResponse<ProductOrder> patchProductOrder(String id, ProductOrderUpdate productOrderUpdate, String ifMatch) {
        Requester requester = access.require(Operation.PATCH_PRODUCT_ORDER);
        // The raw body, not the model: a merge patch's nulls and a JSON Patch array do not survive the model.
        OrderPatch patch = OrderPatch.of(requestBody.mediaType(), requestBody.bytes(), objectMapper);
        Changed changed = lifecycle.patch(id, patch, ETags.preconditions(request), representation,
                requester);
        return asApi(RestResponse.ResponseBuilder.ok(changed.tree())
                .header("ETag", ETags.of(changed.order().version))
                .build());
    }

    @Override
    public RestResponse<Void> deleteProductOrder(String id, String ifMatch) {
        orders.delete(id, ETags.preconditions(request), access.require(Operation.DELETE_PRODUCT_ORDER));
        return RestResponse.noContent();
    }

    /**
     * The body is written from the tree itself: it is the TMF JSON already (extension attributes included), so
     * binding it to the generated model only to serialise that again would cost a conversion per request.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static <T> RestResponse<T> asApi(RestResponse<?> response) {
        return (RestResponse) response;
    }

    private String href(String id) {
        return hrefs.productOrder(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
