package org.opentmf.ordering.issuance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the feasibility assessment (TMF679 ProductOfferingQualification) done for an item before the order.
 * The most specific reference wins: the item's productOfferingQualificationItem, then the item's
 * qualification[], then the order's productOfferingQualification[] (which covers all its items).
 */
final class FeasibilityLinks {

    static final String FROM_QUALIFICATION_ITEM = "productOfferingQualificationItem";
    static final String FROM_ITEM_QUALIFICATION = "qualification";
    static final String FROM_ORDER_QUALIFICATION = "productOfferingQualification";

    private FeasibilityLinks() {
    }

    /** The assessment linked to the item, or null when none was done. */
    static FeasibilityAssessment find(JsonNode item, JsonNode order) {
        JsonNode poqItem = item.get("productOfferingQualificationItem");
        if (poqItem != null && poqItem.isObject() && !poqItem.isEmpty()) {
            return new FeasibilityAssessment(text(poqItem, "productOfferingQualificationId"),
                    text(poqItem, "productOfferingQualificationHref"), text(poqItem, "id"), FROM_QUALIFICATION_ITEM);
        }
        JsonNode qualification = first(item.get("qualification"));
        if (qualification != null) {
            return new FeasibilityAssessment(text(qualification, "id"), text(qualification, "href"), null,
                    FROM_ITEM_QUALIFICATION);
        }
        JsonNode orderQualification = first(order.get("productOfferingQualification"));
        if (orderQualification != null) {
            return new FeasibilityAssessment(text(orderQualification, "id"), text(orderQualification, "href"), null,
                    FROM_ORDER_QUALIFICATION);
        }
        return null;
    }

    private static JsonNode first(JsonNode array) {
        return array != null && array.isArray() && !array.isEmpty() ? array.get(0) : null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
