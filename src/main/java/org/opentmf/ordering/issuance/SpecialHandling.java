package org.opentmf.ordering.issuance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.opentmf.ordering.common.json.TmfObjectMapperCustomizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Marks an issued order as needing special handling: each bespoke item without a feasibility assessment (or
 * whose assessment does not count: missing, expired, unqualified, could not be verified) gets
 * the product characteristic {@code specialHandling=true}, and the order gets a {@code SpecialHandlingNote}
 * saying which items and why.
 */
final class SpecialHandling {

    static final String CHARACTERISTIC = "specialHandling";
    static final String NOTE_TYPE = "SpecialHandlingNote";

    private SpecialHandling() {
    }

    static void markItem(ObjectNode item) {
        ObjectNode product = item.get("product") instanceof ObjectNode existing ? existing : item.putObject("product");
        ArrayNode characteristics = product.get("productCharacteristic") instanceof ArrayNode existing
                ? existing
                : product.putArray("productCharacteristic");
        for (JsonNode characteristic : characteristics) {
            if (CHARACTERISTIC.equals(characteristic.path("name").asText()) && characteristic instanceof ObjectNode c) {
                c.put("valueType", "boolean");
                c.put("value", true);
                return;
            }
        }
        characteristics.addObject().put("name", CHARACTERISTIC).put("valueType", "boolean").put("value", true);
    }

    static void addNote(ObjectNode order, List<ItemAssessment> flagged, String author, OffsetDateTime now) {
        ArrayNode notes = order.get("note") instanceof ArrayNode existing ? existing : order.putArray("note");
        String reasons = flagged.stream()
                .map(a -> "item " + a.itemId() + " (" + a.bespokeReason() + feasibilityReason(a) + ")")
                .collect(Collectors.joining("; "));
        notes.addObject()
                .put("id", "special-handling")
                .put("@type", NOTE_TYPE)
                .put("author", author)
                .put("date", TmfObjectMapperCustomizer.format(now))
                .put("text", "Special handling needed: bespoke item(s) without a prior feasibility assessment "
                        + "(ProductOfferingQualification): " + reasons + ".");
    }

    /** Why the assessment the item refers to does not count, e.g. "; POQ-77 expired on ...". */
    private static String feasibilityReason(ItemAssessment assessment) {
        FeasibilityAssessment link = assessment.feasibilityAssessment();
        return link == null || link.verification() == null || link.verification().reason() == null ? ""
                : "; " + link.verification().reason();
    }
}
