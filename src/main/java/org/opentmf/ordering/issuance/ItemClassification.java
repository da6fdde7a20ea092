package org.opentmf.ordering.issuance;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.opentmf.ordering.common.config.OrderingConfig;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Separates off-the-shelf items from bespoke ones. An item is bespoke when it adds a product described by
 * value only (no productOffering), or when one of its product characteristics names a special requirement
 * (configured names, default {@code specialRequirement}) with a value other than false or empty.
 */
@ApplicationScoped
public class ItemClassification {

    @Inject
    OrderingConfig config;

    /** Why the item is bespoke, or empty when it is off the shelf. */
    public Optional<String> bespokeReason(JsonNode item) {
        if ("add".equals(item.path("action").asText()) && !names(item.get("productOffering"))) {
            return Optional.of("it adds a product described by value only (no productOffering)");
        }
        Set<String> special = Set.copyOf(config.issuance().specialRequirementCharacteristics());
        for (JsonNode characteristic : item.path("product").path("productCharacteristic")) {
            String name = characteristic.path("name").asText();
            if (special.contains(name) && isSet(characteristic.get("value"))) {
                return Optional.of("its product characteristic '" + name + "' states a special requirement");
            }
        }
        return Optional.empty();
    }

    private static boolean names(JsonNode offering) {
        return offering != null && offering.isObject() && offering.hasNonNull("id")
                && !offering.get("id").asText().isBlank();
    }

    /** Anything but null, false, "false", an empty string, array or object counts as a requirement. */
    static boolean isSet(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String text = value.asText().trim();
            return !text.isEmpty() && !text.equalsIgnoreCase("false");
        }
        if (value.isContainerNode()) {
            return !value.isEmpty();
        }
        return true;
    }
}
