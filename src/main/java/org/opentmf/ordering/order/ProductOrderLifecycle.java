package org.opentmf.ordering.order;

import static org.opentmf.ordering.order.StateMachine.TransitionCause.CASCADE_FROM_ORDER;
import static org.opentmf.ordering.order.StateMachine.TransitionCause.CLIENT_CHANGE;
import static org.opentmf.ordering.order.StateMachine.TransitionCause.DERIVED_FROM_ITEMS;

import java.util.function.LongPredicate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.json.JsonHygiene;
import org.opentmf.ordering.common.party.Requester;
import org.opentmf.ordering.common.json.TmfObjectMapperCustomizer;
import org.opentmf.ordering.common.web.Hrefs;
import org.opentmf.ordering.events.TmfEvent;
import org.opentmf.ordering.order.OrderItemStates;
import org.opentmf.ordering.order.OrderState;
import org.opentmf.ordering.order.StateMachine;
import org.opentmf.ordering.order.StateMachine.TransitionCause;
import org.opentmf.ordering.order.patch.JsonPatch;
import org.opentmf.ordering.order.ProductOrder;
import org.opentmf.ordering.order.ProductOrderItem;
import org.opentmf.ordering.order.ProductOrderDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.opentelemetry.instrumentation.annotations.WithSpan;

/**
 * Every change to an existing order goes through here: a client's PATCH and the moves of the cancellation
 * process. The TMF622 state machine ({@link StateMachine}) and the order/item consistency rules
 * ({@link OrderItemStates}) are consulted on each change, and the matching events are fired in the same
 * transaction. The order row is locked ({@code SELECT ... FOR UPDATE}) for the whole change, so concurrent
 * changes queue up behind each other and none is lost.
 */
@ApplicationScoped
public class ProductOrderLifecycle {

    private static final Set<OrderState> COMPLETION = Set.of(OrderState.COMPLETED, OrderState.PARTIAL,
            OrderState.FAILED);

    @Inject
    EntityManager em;

    @Inject
    ProductOrderDocument mapper;

    @Inject
    Hrefs hrefs;

    @Inject
    Event<TmfEvent> events;

    @Inject
    Event<OrderStateChanged> transitions;

    @Inject
    DraftIssuer draftIssuer;

    /** The order as it is after a change, with its new version for the ETag. */
    public record Changed(ProductOrder order, ObjectNode tree) {
    }

    /** Reads the order and locks its row until the transaction ends; 404 when there is none. */
    public ProductOrder lock(String id) {
        UUID uuid = ProductOrders.uuid(id);
        ProductOrder order = em.find(ProductOrder.class, uuid, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw TmfException.notFound(ProductOrders.RESOURCE, id);
        }
        return order;
    }

    /**
     * Applies a client's patch. Refused as a whole (nothing changes) when it names a server-owned field,
     * leaves an invalid order, asks for a transition the lifecycle does not allow, or changes a final order
     * other than by adding notes.
     */
    @Transactional
    @WithSpan("patch product order")
    public Changed patch(String id, OrderPatch patch, LongPredicate preconditions, OrderRepresentation representation,
            Requester requester) {
        ProductOrder order = OrderParties.requireVisible(lock(id), id, requester);
        if (!preconditions.test(order.version)) {
            throw TmfException.preconditionFailed("ProductOrder '" + id + "' has changed (If-Match does not match)");
        }
        for (String field : patch.writtenTopLevelFields()) {
            if (field.equals(JsonPatch.WHOLE_DOCUMENT)) {
                throw TmfException.badRequest("A PATCH cannot replace the whole productOrder; name the attributes to change");
            }
            if (representation.serverOwned().contains(field)) {
                throw TmfException.badRequest("'" + field + "' is set by the server and cannot be patched");
            }
        }
        String href = hrefs.productOrder(id);
        ObjectNode before = mapper.toTree(order, href);
        JsonNode result = patch.applyTo(representation.toVersion(before));
        if (!(result instanceof ObjectNode patched)) {
            throw TmfException.badRequest("A patched productOrder must still be a JSON object");
        }
        // A JSON Patch carries its values under "value": the attribute limits apply to where they land.
        JsonHygiene.check(patched);
        ObjectNode after = representation.toCanonical(patched);
        OrderParties.keepClaim(after, requester);
        OrderState from = OrderState.ofWire(order.state);
        if (from == OrderState.DRAFT) {
            return patchDraft(order, before, after, href);
        }
        if (from.isFinal()) {
            // a state change names both states (the machine explains that from is final); anything else is refused below
            OrderState.fromWire(after.path("state").asText(null))
                    .ifPresent(to -> StateMachine.order().check(from, to, CLIENT_CHANGE));
            refuseAllButNewNotes(from, before, after);
        }
        validate(before, after);
        settleStates(from, before, after);

        List<String> changed = changedTopLevelFields(before, after);
        if (changed.isEmpty()) {
            return new Changed(order, before); // nothing to write, nothing to announce
        }
        mapper.writeTree(after, order);
        order.lastUpdate = now(); // the row always changes, so the version (ETag) moves even for item-only changes
        em.flush();
        ObjectNode now = mapper.toTree(order, href);
        events.fire(new TmfEvent(TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE, TmfEvent.PRODUCT_ORDER, id, now,
                String.join(",", changed)));
        announceState(order, from, now);
        return new Changed(order, now);
    }

    /**
     * A draft is freely editable, items included (added, removed, renamed; their states are the server's once it is
     * issued). Its only move is to {@code acknowledged}, which issues it on the order as it is then.
     */
    private Changed patchDraft(ProductOrder order, ObjectNode before, ObjectNode after, String href) {
        if (!after.path("state").isTextual()) {
            throw TmfException.badRequest("state is required");
        }
        OrderState to = OrderState.fromWire(after.get("state").asText()).orElseThrow(() -> TmfException.badRequest(
                "state '" + after.get("state").asText() + "' is not a state of a productOrder"));
        StateMachine.order().check(OrderState.DRAFT, to, CLIENT_CHANGE);
        items(after); // unique item ids
        clearItemStates(after.path("productOrderItem"));
        if (to == OrderState.ACKNOWLEDGED) {
            draftIssuer.issue(order, after);
        }
        List<String> changed = changedTopLevelFields(before, after);
        if (changed.isEmpty()) {
            return new Changed(order, before);
        }
        mapper.writeTree(after, order);
        order.lastUpdate = now();
        em.flush();
        ObjectNode now = mapper.toTree(order, href);
        events.fire(new TmfEvent(TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE, TmfEvent.PRODUCT_ORDER,
                order.id.toString(), now, String.join(",", changed)));
        announceState(order, OrderState.DRAFT, now);
        return new Changed(order, now);
    }

    private static void clearItemStates(JsonNode items) {
        for (JsonNode item : items) {
            if (item instanceof ObjectNode node) {
                node.remove("state");
                clearItemStates(node.path("productOrderItem"));
            }
        }
    }

    /**
     * Moves the order itself (the cancellation process, scheduled work): checks the transition for
     * {@code cause}, moves open items with it, sets the server-owned dates and fires the state events.
     */
    public void moveOrder(ProductOrder order, OrderState to, TransitionCause cause) {
        OrderState from = OrderState.ofWire(order.state);
        if (from == to) {
            return;
        }
        StateMachine.order().check(from, to, cause);
        order.state = to.wireValue();
        for (ProductOrderItem item : order.items) {
            OrderState itemState = OrderState.ofWire(item.state);
            OrderState next = OrderItemStates.cascadeToItem(to, itemState);
            if (next != itemState) {
                StateMachine.item().check(item.itemId(), itemState, next, CASCADE_FROM_ORDER);
                item.state = next.wireValue();
            }
        }
        OffsetDateTime now = now();
        if (COMPLETION.contains(to)) {
            order.completionDate = now;
        }
        if (to == OrderState.CANCELLED) {
            order.cancellationDate = now;
        }
        order.lastUpdate = now;
        em.flush();
        announceState(order, from, mapper.toTree(order, hrefs.productOrder(order.id.toString())));
    }

    private void announceState(ProductOrder order, OrderState from, ObjectNode tree) {
        OrderState to = OrderState.ofWire(order.state);
        if (to == from) {
            return;
        }
        String id = order.id.toString();
        events.fire(TmfEvent.productOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, id, tree));
        transitions.fire(new OrderStateChanged(from, to));
        if (to == OrderState.PENDING) {
            events.fire(new TmfEvent(TmfEvent.PRODUCT_ORDER_INFORMATION_REQUIRED, TmfEvent.PRODUCT_ORDER, id, tree,
                    "state"));
        }
    }

    // ------------------------------------------------------------------ rules on the patched tree

    /** A final order is a record: the only change it accepts is new notes appended to the existing ones. */
    private static void refuseAllButNewNotes(OrderState state, ObjectNode before, ObjectNode after) {
        ObjectNode a = before.deepCopy();
        ObjectNode b = after.deepCopy();
        JsonNode oldNotes = a.remove("note");
        JsonNode newNotes = b.remove("note");
        boolean onlyNotesAppended = JsonPatch.jsonEquals(a, b) && isPrefix(oldNotes, newNotes);
        if (!onlyNotesAppended) {
            throw TmfException.conflict("productOrder is " + state.wireValue()
                    + ", a final state: it accepts no change except new notes");
        }
    }

    private static boolean isPrefix(JsonNode oldNotes, JsonNode newNotes) {
        int oldSize = oldNotes == null ? 0 : oldNotes.size();
        if (oldSize == 0) {
            return newNotes == null || newNotes.isArray();
        }
        if (newNotes == null || !newNotes.isArray() || newNotes.size() < oldSize) {
            return false;
        }
        for (int i = 0; i < oldSize; i++) {
            if (!JsonPatch.jsonEquals(oldNotes.get(i), newNotes.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Beyond the version's model (checked by the representation): states present, unique and stable item ids. */
    private static void validate(ObjectNode before, ObjectNode after) {
        if (!after.path("state").isTextual()) {
            throw TmfException.badRequest("state is required");
        }
        Map<String, ObjectNode> afterItems = items(after);
        for (Map.Entry<String, ObjectNode> item : afterItems.entrySet()) {
            if (!item.getValue().path("state").isTextual()) {
                throw TmfException.badRequest("productOrderItem '" + item.getKey() + "': state is required");
            }
        }
        // Items are identified by their id: a PATCH may change an item, but not rename, add or remove one.
        if (!items(before).keySet().equals(afterItems.keySet())) {
            throw TmfException.badRequest("productOrderItem.id is set when the order is created and cannot be patched:"
                    + " items cannot be renamed, added or removed");
        }
    }

    /**
     * Checks the client's requested order and item states, then lets the server-side rules run: open items
     * follow an order moved to a closing state, the order follows its items once they are final, and
     * acceptance stays all or nothing. Writes the resulting states and dates into {@code after}.
     */
    private static void settleStates(OrderState from, ObjectNode before, ObjectNode after) {
        OrderState requested = OrderState.ofWire(after.get("state").asText());
        StateMachine.order().check(from, requested, CLIENT_CHANGE);
        Map<String, ObjectNode> beforeItems = items(before);
        Map<String, ObjectNode> afterItems = items(after);
        for (Map.Entry<String, ObjectNode> item : afterItems.entrySet()) {
            OrderState itemFrom = OrderState.ofWire(beforeItems.get(item.getKey()).get("state").asText());
            OrderState itemTo = OrderState.ofWire(item.getValue().get("state").asText());
            StateMachine.item().check(item.getKey(), itemFrom, itemTo, CLIENT_CHANGE);
        }
        OrderState order = requested;
        if (requested != from) {
            for (Map.Entry<String, ObjectNode> item : afterItems.entrySet()) {
                OrderState itemState = OrderState.ofWire(item.getValue().get("state").asText());
                OrderState next = OrderItemStates.cascadeToItem(requested, itemState);
                if (next != itemState) {
                    StateMachine.item().check(item.getKey(), itemState, next, CASCADE_FROM_ORDER);
                    item.getValue().put("state", next.wireValue());
                }
            }
        }
        List<OrderState> itemStates = new ArrayList<>();
        afterItems.values().forEach(i -> itemStates.add(OrderState.ofWire(i.get("state").asText())));
        OrderState derived = OrderItemStates.derivedOrderState(order, itemStates).orElse(order);
        if (derived != order) {
            StateMachine.order().check(order, derived, DERIVED_FROM_ITEMS);
            order = derived;
        }
        OrderItemStates.checkAcceptanceConsistency(order, itemStates);
        after.put("state", order.wireValue());
        copyOrRemove(before, after, "completionDate");
        copyOrRemove(before, after, "cancellationDate");
        if (order != from) {
            String now = TmfObjectMapperCustomizer.format(now());
            if (COMPLETION.contains(order)) {
                after.put("completionDate", now);
            }
            if (order == OrderState.CANCELLED) {
                after.put("cancellationDate", now);
            }
        }
    }

    private static void copyOrRemove(ObjectNode from, ObjectNode to, String field) {
        if (from.has(field)) {
            to.set(field, from.get(field).deepCopy());
        } else {
            to.remove(field);
        }
    }

    /** Every item of the tree, nested ones too, by id (the nodes themselves, so they can be written). */
    private static Map<String, ObjectNode> items(ObjectNode order) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        collect(order.path("productOrderItem"), out);
        return out;
    }

    private static void collect(JsonNode items, Map<String, ObjectNode> out) {
        if (!(items instanceof ArrayNode array)) {
            return;
        }
        for (JsonNode item : array) {
            if (item instanceof ObjectNode node) {
                String id = node.path("id").asText();
                if (out.put(id, node) != null) {
                    throw TmfException.badRequest("productOrderItem id '" + id + "' is used more than once in the order");
                }
                collect(node.path("productOrderItem"), out);
            }
        }
    }

    private static List<String> changedTopLevelFields(ObjectNode before, ObjectNode after) {
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            if (!JsonPatch.jsonEquals(before.get(name), after.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
