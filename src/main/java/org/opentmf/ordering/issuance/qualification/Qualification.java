package org.opentmf.ordering.issuance.qualification;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the TMF679 server said about one ProductOfferingQualification, read from either API version: v4
 * {@code productOfferingQualificationItem[]}, v5 {@code checkProductOfferingQualificationItem[]} (or
 * {@code queryProductOfferingQualificationItem[]}), each item with its {@code qualificationItemResult} and, in
 * v5, its {@code state}; the POQ's {@code state}, {@code qualificationResult} and {@code expirationDate}.
 *
 * @param id                  the POQ id asked for
 * @param exists              false when the server answered 404
 * @param state               the POQ's state (acknowledged, inProgress, done, terminatedWithError, ...)
 * @param qualificationResult the POQ's overall result, when it gives one
 * @param expirationDate      when the POQ's answer expires, when it says
 * @param items               its items
 * @param checkedAt           when the server gave this answer
 */
public record Qualification(String id, boolean exists, String state, String qualificationResult,
        OffsetDateTime expirationDate, List<Item> items, OffsetDateTime checkedAt) {

    /** The item arrays of both API versions. */
    private static final List<String> ITEM_ARRAYS = List.of("productOfferingQualificationItem",
            "checkProductOfferingQualificationItem", "queryProductOfferingQualificationItem");

    /**
     * One qualification item.
     *
     * @param id                      its id within the POQ
     * @param state                   its state (v5), or null
     * @param qualificationItemResult qualified, unqualified or alternate
     * @param expirationDate          when the item's answer expires (v4 items may say), or null
     */
    public record Item(String id, String state, String qualificationItemResult, OffsetDateTime expirationDate) {
    }

    static Qualification missing(String id, OffsetDateTime checkedAt) {
        return new Qualification(id, false, null, null, null, List.of(), checkedAt);
    }

    /** Reads a POQ body; an unreadable date is an unreadable answer, not a missing one. */
    static Qualification read(String id, JsonNode poq, OffsetDateTime checkedAt) {
        if (poq == null || !poq.isObject()) {
            throw new IllegalArgumentException("the answer is not a JSON object");
        }
        List<Item> items = new ArrayList<>();
        for (String array : ITEM_ARRAYS) {
            for (JsonNode item : poq.path(array)) {
                items.add(new Item(text(item, "id"), text(item, "state"), text(item, "qualificationItemResult"),
                        date(item, "expirationDate")));
            }
        }
        return new Qualification(id, true, text(poq, "state"), text(poq, "qualificationResult"),
                date(poq, "expirationDate"), List.copyOf(items), checkedAt);
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> itemId.equals(i.id())).findFirst();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private static OffsetDateTime date(JsonNode node, String name) {
        String text = text(node, name);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " '" + text + "' is not a date-time", e);
        }
    }
}
