package org.opentmf.ordering.api.v5;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.RestResponse;
import org.opentmf.ordering.security.Access;
import org.opentmf.ordering.security.Operation;
import org.opentmf.ordering.api.v5.contract.HubApi;
import org.opentmf.ordering.api.v5.contract.model.Hub;
import org.opentmf.ordering.api.v5.contract.model.HubFVO;
import org.opentmf.ordering.common.web.Hrefs;
import org.opentmf.ordering.events.hub.HubSubscription;
import org.opentmf.ordering.events.hub.HubSubscriptions;

/** TMF622 v5 /hub: translates HTTP to {@link HubSubscriptions} and back; its listeners get v5 notifications. */
public class HubResource implements HubApi {

    @Inject
    Access access;

    @Inject
    HubSubscriptions subscriptions;

    @Inject
    Hrefs hrefs;

    @Override
    public RestResponse<Hub> registerListener(HubFVO input) {
        Hub body = toApi(subscriptions.register(input.getCallback(), input.getQuery(), V5EventEnvelope.V5,
                access.require(Operation.REGISTER_HUB_SUBSCRIPTION)));
        return RestResponse.ResponseBuilder.<Hub>create(RestResponse.Status.CREATED)
                .location(URI.create(body.getHref()))
                .entity(body)
                .build();
    }

    @Override
    public RestResponse<List<Hub>> listListener() {
        return RestResponse.ok(subscriptions.list(access.require(Operation.LIST_HUB_SUBSCRIPTIONS)).stream().map(this::toApi).toList());
    }

    @Override
    public RestResponse<Hub> retrieveListener(String id) {
        return RestResponse.ok(toApi(subscriptions.get(id, access.require(Operation.READ_HUB_SUBSCRIPTION))));
    }

    @Override
    public RestResponse<Void> unregisterListener(String id) {
        subscriptions.unregister(id, access.require(Operation.UNREGISTER_HUB_SUBSCRIPTION));
        return RestResponse.noContent();
    }

    private Hub toApi(HubSubscription s) {
        Hub hub = new Hub();
        hub.setId(s.id().toString());
        hub.setHref(hrefs.under(Hrefs.API_V5, "/hub/" + s.id()));
        hub.setCallback(s.callback());
        hub.setQuery(s.query());
        hub.setAtType("Hub");
        return hub;
    }
}
