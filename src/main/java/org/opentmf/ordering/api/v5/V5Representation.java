package org.opentmf.ordering.api.v5;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.opentmf.ordering.api.v5.contract.model.ProductOrder;
import org.opentmf.ordering.common.error.JsonErrors;
import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.web.Hrefs;
import org.opentmf.ordering.order.OrderRepresentation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * TMF622 v5 as a representation of the stored orders and cancellation tasks, whose canonical shape is the v4 one.
 * Every v4 -> v5 difference is mapped both ways here, and only here:
 * <ul>
 * <li>{@code orderDate} is {@code creationDate} (the same instant, the same string);</li>
 * <li>{@code externalId} string {@code X} is {@code [{"id":"X"}]}; a v5 array is stored as its first id, and the whole
 * array is kept (as {@code externalIdentifier}) when it says more than that;</li>
 * <li>a v4 {@code relatedParty} {@code {id, href, name, role, @referredType}} is a v5 {@code {role,
 * partyOrPartyRole: {id, href, name, @referredType}}}, likewise {@code channel} ({@code channel: ChannelRef}) and a
 * product's {@code place}; what the inner v5 object has beyond the v4 fields (its @type when not the default,
 * partyId, ...) is kept under the inner member's name;</li>
 * <li>characteristics: {@code valueType} <-> typed {@code @type} ({@link Characteristics});</li>
 * <li>POQ item {@code id} <-> {@code itemId}, quote item {@code id} <-> {@code quoteItemId}, a product's
 * {@code agreement} <-> {@code agreementItem} ({@code id/href/name} <-> {@code agreementId/agreementHref/agreementName});</li>
 * <li>{@code @type}: filled where v5 requires one and the stored data has none ({@link V5Types}), and not stored
 * when it is only that default;</li>
 * <li>everything else, unknown extension attributes included, passes through unchanged.</li>
 * </ul>
 */
@ApplicationScoped
public class V5Representation implements OrderRepresentation {

    private static final Set<String> SERVER_OWNED = Set.of("id", "href", "creationDate", "orderDate", "completionDate",
            "cancellationDate");

    /** Members of a v4 reference that a v5 related entity keeps in its inner reference. */
    private static final List<String> REFERENCE_FIELDS = List.of("id", "href", "name", "@referredType");

    /** Where the whole v5 externalId array is kept when its first id alone would lose something. */
    static final String EXTERNAL_IDENTIFIERS = "externalIdentifier";

    private final V5Types types = V5Types.fromClasspath();

    @Inject
    ObjectMapper json;

    @Inject
    V5Contract contract;

    @Inject
    Hrefs hrefs;

    @Override
    public Set<String> serverOwned() {
        return SERVER_OWNED;
    }

    // ------------------------------------------------------------------ orders, stored -> v5

    /** The order as TMF622 v5 shows it, from the canonical tree (which is not modified). */
    @Override
    public ObjectNode toVersion(ObjectNode canonical) {
        ObjectNode v5 = canonical.deepCopy();
        rename(v5, "orderDate", "creationDate");
        externalIdToV5(v5);
        wrapAll(v5.get("relatedParty"), "partyOrPartyRole");
        wrapAll(v5.get("channel"), "channel");
        eachItem(v5.get("productOrderItem"), this::itemToV5);
        if (v5.hasNonNull("id")) {
            v5.put("href", hrefs.under(Hrefs.API_V5, "/productOrder/" + v5.get("id").asText()));
        }
        types.fill(v5, "ProductOrder");
        return v5;
    }

    private void itemToV5(ObjectNode item) {
        rename(item.get("productOfferingQualificationItem"), "id", "itemId");
        rename(item.get("quoteItem"), "id", "quoteItemId");
        if (item.get("product") instanceof ObjectNode product) {
            productToV5(product);
        }
        eachItem(item.get("productOrderItem"), this::itemToV5);
    }

    private void productToV5(ObjectNode product) {
        JsonNode agreements = product.remove("agreement");
        if (agreements instanceof ArrayNode array) {
            array.forEach(a -> {
                rename(a, "id", "agreementId");
                rename(a, "href", "agreementHref");
                rename(a, "name", "agreementName");
            });
            product.set("agreementItem", array);
        }
        each(product.get("productCharacteristic"), c -> {
            if (!Characteristics.TYPES.contains(c.path("@type").asText())) {
                c.put("@type", Characteristics.typeOf(c.path("valueType").asText(null), c.get("value")));
            }
        });
        wrapAll(product.get("relatedParty"), "partyOrPartyRole");
        wrapAll(product.get("place"), "place");
        each(product.get("product"), this::productToV5);
    }

    private void externalIdToV5(ObjectNode v5) {
        JsonNode kept = v5.remove(EXTERNAL_IDENTIFIERS);
        JsonNode id = v5.remove("externalId");
        if (id == null || !id.isTextual()) {
            return;
        }
        if (kept instanceof ArrayNode array && !array.isEmpty() && id.asText().equals(array.get(0).path("id").asText(null))) {
            v5.set("externalId", array);
        } else {
            v5.putArray("externalId").addObject().put("id", id.asText());
        }
    }

    /** v4 {@code {id, href, name, @referredType, role, ...}} -> v5 {@code {role, ..., <inner>: {id, href, name, @referredType}}}. */
    private static void wrapAll(JsonNode entries, String inner) {
        if (!(entries instanceof ArrayNode array)) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof ObjectNode v4)) {
                continue;
            }
            ObjectNode ref = v4.get(inner) instanceof ObjectNode kept ? kept.deepCopy() : v4.objectNode();
            ObjectNode v5 = v4.objectNode();
            for (var field : v4.properties()) {
                if (REFERENCE_FIELDS.contains(field.getKey())) {
                    ref.set(field.getKey(), field.getValue());
                } else if (!field.getKey().equals(inner)) {
                    v5.set(field.getKey(), field.getValue());
                }
            }
            v5.set(inner, ref);
            array.set(i, v5);
        }
    }

    // ------------------------------------------------------------------ orders, v5 -> stored

    /**
     * A patched v5 order, checked against the v5 model (a 400 naming what is wrong), in the canonical shape. The
     * {@code @type}s a client left out are filled in first, as a response would show them.
     */
    @Override
    public ObjectNode toCanonical(ObjectNode versionTree) {
        ObjectNode v5 = versionTree.deepCopy();
        each(v5.get("productOrderItem"), this::typeCharacteristics);
        types.fill(v5, "ProductOrder");
        validate(v5);
        types.strip(v5, "ProductOrder");
        ObjectNode canonical = orderToCanonical(v5);
        canonical.put("@type", versionTree.path("@type").asText("ProductOrder"));
        if (canonical.hasNonNull("id")) {
            canonical.put("href", hrefs.productOrder(canonical.get("id").asText())); // the canonical href
        }
        return canonical;
    }

    /** What a v5 client sent to create an order (already checked against ProductOrder_FVO), in the canonical shape. */
    public ObjectNode createRequest(ObjectNode sent) {
        ObjectNode v5 = sent.deepCopy();
        types.strip(v5, "ProductOrder_FVO");
        ObjectNode canonical = orderToCanonical(v5);
        if (!canonical.has("@type")) {
            canonical.put("@type", "ProductOrder"); // required in v5; stripped above only because it is the default
        }
        return canonical;
    }

    private ObjectNode orderToCanonical(ObjectNode v5) {
        rename(v5, "creationDate", "orderDate");
        externalIdToCanonical(v5);
        unwrapAll(v5.get("relatedParty"), "partyOrPartyRole");
        unwrapAll(v5.get("channel"), "channel");
        eachItem(v5.get("productOrderItem"), this::itemToCanonical);
        return v5;
    }

    private void itemToCanonical(ObjectNode item) {
        rename(item.get("productOfferingQualificationItem"), "itemId", "id");
        rename(item.get("quoteItem"), "quoteItemId", "id");
        if (item.get("product") instanceof ObjectNode product) {
            productToCanonical(product);
        }
        eachItem(item.get("productOrderItem"), this::itemToCanonical);
    }

    private void productToCanonical(ObjectNode product) {
        JsonNode agreements = product.remove("agreementItem");
        if (agreements instanceof ArrayNode array) {
            array.forEach(a -> {
                rename(a, "agreementId", "id");
                rename(a, "agreementHref", "href");
                rename(a, "agreementName", "name");
            });
            product.set("agreement", array);
        }
        each(product.get("productCharacteristic"), c -> {
            String type = c.path("@type").asText(null);
            if (type == null || !Characteristics.TYPES.contains(type)) {
                return; // not a v5 type (v5 requires one): kept as sent
            }
            if (!c.hasNonNull("valueType")) {
                c.put("valueType", Characteristics.valueTypeOf(type));
            }
            if (type.equals(Characteristics.typeOf(c.path("valueType").asText(null), c.get("value")))) {
                c.remove("@type"); // derived again on the way out
            }
        });
        unwrapAll(product.get("relatedParty"), "partyOrPartyRole");
        unwrapAll(product.get("place"), "place");
        each(product.get("product"), this::productToCanonical);
    }

    /** Characteristics a v5 PATCH added without @type get the one their value gives them. */
    private void typeCharacteristics(ObjectNode item) {
        if (item.get("product") instanceof ObjectNode product) {
            each(product.get("productCharacteristic"), c -> {
                if (!c.has("@type")) {
                    c.put("@type", Characteristics.typeOf(c.path("valueType").asText(null), c.get("value")));
                }
            });
        }
        eachItem(item.get("productOrderItem"), this::typeCharacteristics);
    }

    private static void externalIdToCanonical(ObjectNode v5) {
        JsonNode ids = v5.remove("externalId");
        if (!(ids instanceof ArrayNode array) || array.isEmpty()) {
            return;
        }
        JsonNode first = array.get(0).get("id");
        if (first != null && first.isTextual()) {
            v5.put("externalId", first.asText());
        }
        boolean onlyTheId = array.size() == 1 && array.get(0).size() == 1 && first != null;
        if (!onlyTheId) {
            v5.set(EXTERNAL_IDENTIFIERS, array);
        }
    }

    /** The reverse of {@link #wrapAll}: the inner reference's v4 fields move up, its other members stay under it. */
    private static void unwrapAll(JsonNode entries, String inner) {
        if (!(entries instanceof ArrayNode array)) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof ObjectNode v5)) {
                continue;
            }
            ObjectNode v4 = v5.objectNode();
            ObjectNode ref = v5.get(inner) instanceof ObjectNode r ? r.deepCopy() : v5.objectNode();
            for (String field : REFERENCE_FIELDS) {
                JsonNode value = ref.remove(field);
                if (value != null) {
                    v4.set(field, value);
                }
            }
            for (var field : v5.properties()) {
                if (!field.getKey().equals(inner)) {
                    v4.set(field.getKey(), field.getValue());
                }
            }
            if (!ref.isEmpty()) {
                v4.set(inner, ref);
            }
            array.set(i, v4);
        }
    }

    // ------------------------------------------------------------------ cancellation tasks

    /** A cancellation task as v5 shows it. */
    public ObjectNode cancelToVersion(ObjectNode canonical) {
        ObjectNode v5 = canonical.deepCopy();
        if (v5.hasNonNull("id")) {
            v5.put("href", hrefs.under(Hrefs.API_V5, "/cancelProductOrder/" + v5.get("id").asText()));
        }
        if (v5.get("productOrder") instanceof ObjectNode ref && ref.hasNonNull("id")) {
            ref.put("href", hrefs.under(Hrefs.API_V5, "/productOrder/" + ref.get("id").asText()));
        }
        types.fill(v5, "CancelProductOrder");
        return v5;
    }

    /** What a v5 client sent to request a cancellation, without the default @types. */
    public ObjectNode cancelRequest(ObjectNode sent) {
        ObjectNode v5 = sent.deepCopy();
        types.strip(v5, "CancelProductOrder_FVO");
        return v5;
    }

    // ------------------------------------------------------------------ helpers

    /** The model's types (Jackson's messages name the expected type), then the contract's rules for a whole order. */
    private void validate(ObjectNode tree) {
        try {
            json.treeToValue(tree, ProductOrder.class);
        } catch (JsonProcessingException e) {
            throw TmfException.badRequest(JsonErrors.describe(e));
        }
        contract.check("ProductOrder", tree);
    }

    private static void rename(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object && object.has(from)) {
            object.set(to, object.remove(from));
        }
    }

    private static void eachItem(JsonNode items, java.util.function.Consumer<ObjectNode> action) {
        each(items, action);
    }

    private static void each(JsonNode array, java.util.function.Consumer<ObjectNode> action) {
        if (array instanceof ArrayNode elements) {
            for (JsonNode element : elements) {
                if (element instanceof ObjectNode object) {
                    action.accept(object);
                }
            }
        }
    }
}
