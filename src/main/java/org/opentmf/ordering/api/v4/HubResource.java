package org.opentmf.ordering.api.v4;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.RestResponse;
import org.opentmf.ordering.security.Access;
import org.opentmf.ordering.security.Operation;
import org.opentmf.ordering.api.v4.contract.EventsSubscriptionApi;
import org.opentmf.ordering.api.v4.contract.model.EventSubscription;
import org.opentmf.ordering.api.v4.contract.model.EventSubscriptionInput;
import org.opentmf.ordering.common.web.Hrefs;
import org.opentmf.ordering.events.hub.HubSubscription;
import org.opentmf.ordering.events.hub.HubSubscriptions;

/** TMF622 v4 /hub: translates HTTP to {@link HubSubscriptions} and back. */
public class HubResource implements EventsSubscriptionApi {

    @Inject
    Access access;

    @Inject
    HubSubscriptions subscriptions;

    @Inject
    Hrefs hrefs;

    @Override
    public RestResponse<EventSubscription> registerListener(EventSubscriptionInput input) {
        HubSubscription s = subscriptions.register(input.getCallback(), input.getQuery(), HubSubscription.V4,
                access.require(Operation.REGISTER_HUB_SUBSCRIPTION));
        EventSubscription body = toApi(s);
        return RestResponse.ResponseBuilder.<EventSubscription>create(RestResponse.Status.CREATED)
                .location(URI.create(body.getHref()))
                .entity(body)
                .build();
    }

    @Override
    public RestResponse<List<EventSubscription>> listListener() {
        return RestResponse.ok(subscriptions.list(access.require(Operation.LIST_HUB_SUBSCRIPTIONS)).stream().map(this::toApi).toList());
    }

    @Override
    public RestResponse<EventSubscription> retrieveListener(String id) {
        return RestResponse.ok(toApi(subscriptions.get(id, access.require(Operation.READ_HUB_SUBSCRIPTION))));
    }

    @Override
    public RestResponse<Void> unregisterListener(String id) {
        subscriptions.unregister(id, access.require(Operation.UNREGISTER_HUB_SUBSCRIPTION));
        return RestResponse.noContent();
    }

    private EventSubscription toApi(HubSubscription s) {
        EventSubscription e = new EventSubscription();
        e.setId(s.id().toString());
        e.setHref(hrefs.hub(s.id().toString()));
        e.setCallback(s.callback());
        e.setQuery(s.query());
        return e;
    }
}
