package org.opentmf.ordering.events;

import java.util.List;

import org.opentmf.ordering.common.party.RelatedParties;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Something happened to a TMF resource that subscribers may want to hear about. Services fire it as a CDI
 * event, synchronously, inside the transaction that made the change, so that the event outbox records it
 * in that same transaction: the event exists if and only if the change was committed. Reads fire nothing.
 *
 * @param eventType   TMF622 event type, e.g. {@code ProductOrderStateChangeEvent}
 * @param resourceKey the member of {@code event} that carries the resource: {@code productOrder} or
 *                    {@code cancelProductOrder}
 * @param resourceId  the resource's id (events of one resource are delivered in order)
 * @param resource    the resource as TMF JSON right after the change (absolute href included)
 * @param fieldPath   for attribute-change and information-required events: what changed, else null
 * @param parties     the parties the event concerns: a party's hub subscriptions hear only of these
 */
public record TmfEvent(String eventType, String resourceKey, String resourceId, ObjectNode resource, String fieldPath,
        List<String> parties) {

    public TmfEvent {
        parties = List.copyOf(parties);
    }

    /** An event about a resource that names its own parties ({@code relatedParty}, e.g. a productOrder). */
    public TmfEvent(String eventType, String resourceKey, String resourceId, ObjectNode resource, String fieldPath) {
        this(eventType, resourceKey, resourceId, resource, fieldPath, RelatedParties.ids(resource));
    }

    public static final String PRODUCT_ORDER = "productOrder";
    public static final String CANCEL_PRODUCT_ORDER = "cancelProductOrder";

    public static final String PRODUCT_ORDER_CREATE = "ProductOrderCreateEvent";
    public static final String PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE = "ProductOrderAttributeValueChangeEvent";
    public static final String PRODUCT_ORDER_STATE_CHANGE = "ProductOrderStateChangeEvent";
    public static final String PRODUCT_ORDER_DELETE = "ProductOrderDeleteEvent";
    public static final String PRODUCT_ORDER_INFORMATION_REQUIRED = "ProductOrderInformationRequiredEvent";
    public static final String CANCEL_PRODUCT_ORDER_CREATE = "CancelProductOrderCreateEvent";
    public static final String CANCEL_PRODUCT_ORDER_STATE_CHANGE = "CancelProductOrderStateChangeEvent";
    public static final String CANCEL_PRODUCT_ORDER_INFORMATION_REQUIRED = "CancelProductOrderInformationRequiredEvent";

    public static TmfEvent productOrder(String eventType, String id, ObjectNode order) {
        return new TmfEvent(eventType, PRODUCT_ORDER, id, order, null);
    }
}
