package org.opentmf.ordering.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TMF622 v5 query names onto the paths of the stored documents, which have the v4 shape: a v5 list query runs on
 * the same columns and indexes as its v4 twin ({@code relatedParty.partyOrPartyRole.id=C-1} is
 * {@code relatedParty.id=C-1}). A name must first exist in the v5 contract ({@link Tmf622Schema#V5}); names the two
 * versions share go through unchanged; operator suffixes ({@code .gte}) and {@code sort} keys are kept.
 */
public final class V5QueryNames {

    /** v5 attribute path -> stored path; the longest matching prefix wins. */
    private static final Map<String, String> PRODUCT_ORDER = Map.ofEntries(
            Map.entry("creationDate", "orderDate"),
            Map.entry("externalId.id", "externalId"),
            Map.entry("relatedParty.partyOrPartyRole.id", "relatedParty.id"),
            Map.entry("relatedParty.partyOrPartyRole.href", "relatedParty.href"),
            Map.entry("relatedParty.partyOrPartyRole.name", "relatedParty.name"),
            Map.entry("relatedParty.partyOrPartyRole.@referredType", "relatedParty.@referredType"),
            Map.entry("channel.channel.id", "channel.id"),
            Map.entry("channel.channel.href", "channel.href"),
            Map.entry("channel.channel.name", "channel.name"),
            Map.entry("productOrderItem.productOfferingQualificationItem.itemId",
                    "productOrderItem.productOfferingQualificationItem.id"),
            Map.entry("productOrderItem.quoteItem.quoteItemId", "productOrderItem.quoteItem.id"),
            Map.entry("productOrderItem.product.agreementItem", "productOrderItem.product.agreement"),
            Map.entry("productOrderItem.product.agreementItem.agreementId", "productOrderItem.product.agreement.id"),
            Map.entry("productOrderItem.product.agreementItem.agreementHref", "productOrderItem.product.agreement.href"),
            Map.entry("productOrderItem.product.agreementItem.agreementName", "productOrderItem.product.agreement.name"));

    private V5QueryNames() {
    }

    /** The filters of a v5 {@code GET /productOrder} with stored names. */
    public static Map<String, List<String>> productOrder(Map<String, List<String>> filters) {
        return stored(filters, "ProductOrder", PRODUCT_ORDER);
    }

    /** The filters of a v5 {@code GET /cancelProductOrder}: the two versions name its attributes alike. */
    public static Map<String, List<String>> cancelProductOrder(Map<String, List<String>> filters) {
        return stored(filters, "CancelProductOrder", Map.of());
    }

    /** A v5 {@code sort} of product orders ({@code -creationDate,priority}) with stored names. */
    public static String productOrderSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return sort;
        }
        StringBuilder out = new StringBuilder();
        for (String key : sort.split(",", -1)) {
            String trimmed = key.trim();
            String sign = trimmed.startsWith("-") || trimmed.startsWith("+") ? trimmed.substring(0, 1) : "";
            String name = trimmed.substring(sign.length());
            out.append(out.length() == 0 && out.isEmpty() ? "" : ",").append(sign).append(rename(name, PRODUCT_ORDER));
        }
        return out.toString();
    }

    private static Map<String, List<String>> stored(Map<String, List<String>> filters, String root,
            Map<String, String> names) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            String attribute = AttributePaths.attributeOf(filter.getKey());
            if (!inContract(root, attribute)) {
                throw new InvalidQueryException("Unknown attribute '" + InvalidQueryException.echo(attribute) + "' in query");
            }
            String operator = filter.getKey().substring(attribute.length());
            out.merge(rename(attribute, names) + operator, filter.getValue(),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        }
        return out;
    }

    private static String rename(String attribute, Map<String, String> names) {
        String best = null;
        for (String prefix : names.keySet()) {
            if ((attribute.equals(prefix) || attribute.startsWith(prefix + "."))
                    && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? attribute : names.get(best) + attribute.substring(best.length());
    }

    /** Whether the dotted path names an attribute of the v5 contract (scalar or not: the engine says what it needs). */
    private static boolean inContract(String root, String attribute) {
        JsonSchema.Type type = Tmf622Schema.V5.type(root);
        String[] segments = attribute.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            JsonSchema.Field field = type.field(segments[i]);
            if (field == null) {
                return false;
            }
            if (field.isScalar()) {
                return i == segments.length - 1;
            }
            type = Tmf622Schema.V5.type(field.typeName());
        }
        return true;
    }
}
