package org.opentmf.ordering.events.hub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opentmf.ordering.events.TmfEvent;
import org.opentmf.ordering.query.InvalidQueryException;
import org.opentmf.ordering.query.Placeholders;
import org.opentmf.ordering.query.QueryEngine;
import org.opentmf.ordering.query.QueryModel;
import org.opentmf.ordering.query.SqlCriteria;
import org.opentmf.ordering.query.Tmf622Schema;

/**
 * A subscription's {@code query}: {@code eventType=A,B} and TMF630 filters on the event's resource, written as
 * {@code event.productOrder.<attribute>[.op]=value} or {@code event.cancelProductOrder.<attribute>[.op]=value}.
 * The filters are translated by the list query engine against the outbox row's {@code resource} jsonb, so the
 * syntax and semantics are exactly those of {@code GET /productOrder} filters (on the document form).
 */
public final class SubscriptionQuery {

    public static final Set<String> EVENT_TYPES = Set.of(
            TmfEvent.PRODUCT_ORDER_CREATE, TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE,
            TmfEvent.PRODUCT_ORDER_STATE_CHANGE, TmfEvent.PRODUCT_ORDER_DELETE,
            TmfEvent.PRODUCT_ORDER_INFORMATION_REQUIRED, TmfEvent.CANCEL_PRODUCT_ORDER_CREATE,
            TmfEvent.CANCEL_PRODUCT_ORDER_STATE_CHANGE, TmfEvent.CANCEL_PRODUCT_ORDER_INFORMATION_REQUIRED);

    /** The outbox row (alias e) seen as a document of each resource type. */
    private static final Map<String, QueryModel> MODELS = Map.of(
            TmfEvent.PRODUCT_ORDER, QueryModel.builder("event_outbox", "e")
                    .document("resource", Tmf622Schema.V4, "ProductOrder").build(),
            TmfEvent.CANCEL_PRODUCT_ORDER, QueryModel.builder("event_outbox", "e")
                    .document("resource", Tmf622Schema.V4, "CancelProductOrder").build());

    private final Set<String> eventTypes;
    private final String resourceKey;
    private final Map<String, List<String>> filters;

    private SubscriptionQuery(Set<String> eventTypes, String resourceKey, Map<String, List<String>> filters) {
        this.eventTypes = eventTypes;
        this.resourceKey = resourceKey;
        this.filters = filters;
    }

    /**
     * Parses and validates a query; null or blank selects every event.
     *
     * @throws InvalidQueryException when the client got it wrong
     */
    public static SubscriptionQuery parse(String query) {
        Set<String> types = new LinkedHashSet<>();
        String key = null;
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : QueryEngine.parseQueryString(query).entrySet()) {
            String name = e.getKey();
            if (name.equals("eventType")) {
                for (String raw : e.getValue()) {
                    for (String t : raw.split(",")) {
                        String type = t.strip();
                        if (!EVENT_TYPES.contains(type)) {
                            throw new InvalidQueryException("Unknown eventType '" + type.replaceAll("\\p{Cntrl}", "?")
                                    + "' (one of " + String.join(", ", EVENT_TYPES.stream().sorted().toList()) + ")");
                        }
                        types.add(type);
                    }
                }
                continue;
            }
            String resource = resourceOf(name);
            if (resource == null) {
                throw new InvalidQueryException("Unknown attribute '" + name.replaceAll("\\p{Cntrl}", "?")
                        + "' in subscription query: use eventType=... and event.productOrder.<attribute>=..."
                        + " or event.cancelProductOrder.<attribute>=...");
            }
            if (key != null && !key.equals(resource)) {
                throw new InvalidQueryException("A subscription query filters either event.productOrder or "
                        + "event.cancelProductOrder, not both (an event carries one of them)");
            }
            key = resource;
            String attribute = name.substring(("event." + resource + ".").length());
            if (QueryEngine.RESERVED.contains(attribute) && !attribute.contains(".")) {
                throw new InvalidQueryException("'" + attribute + "' cannot be used in a subscription query");
            }
            filters.computeIfAbsent(attribute, a -> new ArrayList<>()).addAll(e.getValue());
        }
        SubscriptionQuery q = new SubscriptionQuery(Set.copyOf(types), key, filters);
        q.criteria(Placeholders.positional()); // validates the filters now (400 at registration), not at delivery
        return q;
    }

    private static String resourceOf(String name) {
        for (String key : MODELS.keySet()) {
            String prefix = "event." + key + ".";
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                return key;
            }
        }
        return null;
    }

    /** Event types selected; empty means all. */
    public Set<String> eventTypes() {
        return eventTypes;
    }

    /** productOrder or cancelProductOrder when the query filters on the resource, else null. */
    public String resourceKey() {
        return resourceKey;
    }

    /** SQL predicate over {@code event_outbox e}, placeholders from {@code ?firstIndex}; null when no filter. */
    public SqlCriteria criteria(int firstIndex) {
        return criteria(Placeholders.numberedFrom(firstIndex));
    }

    /** SQL predicate over {@code event_outbox e} with the given placeholders; null when no filter. */
    public SqlCriteria criteria(Placeholders placeholders) {
        if (resourceKey == null) {
            return null;
        }
        return QueryEngine.translate(MODELS.get(resourceKey), filters, placeholders);
    }
}
