package org.opentmf.ordering.order;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.json.TmfObjectMapperCustomizer;
import org.opentmf.ordering.order.ProductOrder;
import org.opentmf.ordering.order.ProductOrderItem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Moves a product order between its TMF JSON shape (a Jackson tree, extension attributes included) and the
 * domain entities. Attributes with columns are taken out of the tree; everything else is kept verbatim in
 * the jsonb documents. The same tree shape is what PATCH works on.
 */
@ApplicationScoped
public class ProductOrderDocument {

    /** First-level attributes stored in columns (or computed), never in the document. */
    static final Set<String> ORDER_COLUMNS = Set.of("id", "href", "@type", "state", "orderDate", "completionDate",
            "cancellationDate", "cancellationReason", "externalId", "category", "priority", "productOrderItem");

    /** Item attributes stored in columns, never in the item document. */
    static final Set<String> ITEM_COLUMNS = Set.of("id", "action", "state", "productOrderItem");

    @Inject
    ObjectMapper mapper;

    /** The order as TMF JSON, with its absolute href. */
    public ObjectNode toTree(ProductOrder order, String href) {
        ObjectNode out = mapper.createObjectNode();
        out.put("id", order.id.toString());
        out.put("href", href);
        out.put("@type", order.atType);
        out.setAll(order.document.deepCopy());
        out.put("state", order.state);
        putDate(out, "orderDate", order.orderDate);
        putDate(out, "completionDate", order.completionDate);
        putDate(out, "cancellationDate", order.cancellationDate);
        putText(out, "cancellationReason", order.cancellationReason);
        putText(out, "externalId", order.externalId);
        putText(out, "category", order.category);
        putText(out, "priority", order.priority);
        out.set("productOrderItem", itemsTree(order));
        return out;
    }

    /** Any API model (or map) as a tree, extension attributes included. */
    public ObjectNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    /**
     * Writes a whole TMF order tree into the entity: columns, document and items (matched by item id; new
     * ones added, missing ones removed). Server-owned values (id, href, orderDate) are never read from it.
     * Item states are taken as given: the state machine has been consulted before this is called.
     */
    public void writeTree(ObjectNode tree, ProductOrder order) {
        order.atType = text(tree, "@type", "ProductOrder");
        order.state = text(tree, "state", order.state);
        order.completionDate = date(tree, "completionDate");
        order.cancellationDate = date(tree, "cancellationDate");
        order.cancellationReason = text(tree, "cancellationReason", null);
        order.externalId = text(tree, "externalId", null);
        order.category = text(tree, "category", null);
        order.priority = text(tree, "priority", null);
        ObjectNode document = mapper.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!ORDER_COLUMNS.contains(field.getKey()) && !field.getValue().isNull()) {
                document.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        order.document = document;
        writeItems(tree.path("productOrderItem"), order);
    }

    private void writeItems(JsonNode items, ProductOrder order) {
        Map<String, ProductOrderItem> existing = new HashMap<>();
        order.items.forEach(i -> existing.put(i.itemId(), i));
        // identity sets and maps: an order at ordering.issuance.max-items must not cost n² comparisons
        Set<ProductOrderItem> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collectItems(items, null, order, existing, seen);
        order.items.removeIf(i -> !seen.contains(i));
    }

    private void collectItems(JsonNode items, String parentId, ProductOrder order, Map<String, ProductOrderItem> existing,
            Set<ProductOrderItem> seen) {
        if (!items.isArray()) {
            return;
        }
        int position = 0;
        for (JsonNode node : items) {
            String itemId = node.path("id").asText();
            ProductOrderItem item = existing.get(itemId);
            if (item == null) {
                item = new ProductOrderItem();
                item.id.itemId = itemId;
                order.addItem(item);
                existing.put(itemId, item);
            }
            if (!seen.add(item)) {
                throw TmfException.badRequest("productOrderItem id '" + itemId + "' is used more than once in the order");
            }
            item.parentItemId = parentId;
            item.position = position++;
            item.action = node.path("action").asText();
            item.state = node.hasNonNull("state") ? node.get("state").asText() : item.state;
            JsonNode offeringId = node.path("productOffering").path("id");
            item.productOfferingId = offeringId.isTextual() ? offeringId.asText() : null;
            ObjectNode document = mapper.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!ITEM_COLUMNS.contains(field.getKey()) && !field.getValue().isNull()) {
                    document.set(field.getKey(), field.getValue().deepCopy());
                }
            }
            item.document = document;
            collectItems(node.path("productOrderItem"), itemId, order, existing, seen);
        }
    }

    private ArrayNode itemsTree(ProductOrder order) {
        // children grouped once (HashMap allows the null key of the top level): a look-up per item was quadratic
        Map<String, List<ProductOrderItem>> byParent = new HashMap<>();
        for (ProductOrderItem item : order.items) {
            byParent.computeIfAbsent(item.parentItemId, k -> new ArrayList<>()).add(item);
        }
        return itemsTree(byParent, null);
    }

    private ArrayNode itemsTree(Map<String, List<ProductOrderItem>> byParent, String parentId) {
        ArrayNode out = mapper.createArrayNode();
        List<ProductOrderItem> level = byParent.getOrDefault(parentId, List.of());
        level.stream().sorted((a, b) -> Integer.compare(a.position, b.position)).forEach(item -> {
            ObjectNode node = out.addObject();
            node.put("id", item.itemId());
            node.put("action", item.action);
            node.setAll(item.document.deepCopy());
            if (item.state != null) { // the items of a v5 draft have no state until it is issued
                node.put("state", item.state);
            }
            ArrayNode nested = itemsTree(byParent, item.itemId());
            if (!nested.isEmpty()) {
                node.set("productOrderItem", nested);
            }
        });
        return out;
    }

    private static void putDate(ObjectNode out, String name, OffsetDateTime value) {
        if (value != null) {
            out.put(name, TmfObjectMapperCustomizer.format(value));
        }
    }

    private static void putText(ObjectNode out, String name, String value) {
        if (value != null) {
            out.put(name, value);
        }
    }

    private static String text(JsonNode tree, String name, String fallback) {
        JsonNode value = tree.get(name);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static OffsetDateTime date(JsonNode tree, String name) {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw TmfException.badRequest("Invalid date-time for '" + name + "': " + value.asText());
        }
    }
}
