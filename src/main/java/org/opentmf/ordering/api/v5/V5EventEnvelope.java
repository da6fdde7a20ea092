package org.opentmf.ordering.api.v5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.opentmf.ordering.common.json.TmfObjectMapperCustomizer;
import org.opentmf.ordering.common.web.Hrefs;
import org.opentmf.ordering.events.EventEnvelope;
import org.opentmf.ordering.events.TmfEvent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The TMF622 v5 notification, for listeners registered through v5: {@code @type} (the event name), {@code eventId},
 * {@code eventTime}, {@code eventType}, {@code timeOccurred}, {@code event: {productOrder | cancelProductOrder}} in
 * its v5 shape ({@link V5Representation}), {@code source} (the resource, as an entity reference), {@code domain},
 * {@code title}, {@code description} and, for attribute changes, {@code fieldPath} as in v4.
 */
@ApplicationScoped
public class V5EventEnvelope implements EventEnvelope {

    public static final String V5 = "v5";

    @Inject
    V5Representation representation;

    @Inject
    ObjectMapper json;

    @Inject
    Hrefs hrefs;

    @Override
    public String apiVersion() {
        return V5;
    }

    @Override
    public ObjectNode write(Notification n) {
        boolean order = TmfEvent.PRODUCT_ORDER.equals(n.resourceKey());
        ObjectNode resource = order ? representation.toVersion(n.resource()) : representation.cancelToVersion(n.resource());
        String time = TmfObjectMapperCustomizer.format(n.eventTime());
        ObjectNode e = json.createObjectNode();
        e.put("@type", n.eventType());
        e.put("eventId", n.eventId().toString());
        e.put("eventTime", time);
        e.put("eventType", n.eventType());
        e.put("timeOccurred", time);
        e.put("domain", "productOrderingManagement");
        e.put("title", n.eventType());
        e.put("description", n.eventType() + " of " + n.resourceKey() + " " + n.resourceId()
                + (n.fieldPath() == null ? "" : " (" + n.fieldPath() + ")"));
        if (n.fieldPath() != null) {
            e.put("fieldPath", n.fieldPath());
        }
        ObjectNode source = e.putObject("source");
        source.put("id", n.resourceId());
        source.put("href", hrefs.under(Hrefs.API_V5, "/" + n.resourceKey() + "/" + n.resourceId()));
        source.put("@type", "EntityRef");
        source.put("@referredType", order ? "ProductOrder" : "CancelProductOrder");
        e.putObject("event").set(n.resourceKey(), resource);
        return e;
    }
}
