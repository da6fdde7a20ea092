package org.opentmf.ordering.query;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The engine is model-driven: a second table (cancel_product_order, alias c) is just another model. */
class CancelProductOrderModelTest {
    static final String UID = "0b7c6c3e-4a51-4d2b-9a39-3c0f5f5a8c11";

    static QueryModel buildCancelModel() {
        return QueryModel.builder("cancel_product_order", "c")
                .idColumn("id")
                .document("document", Tmf622Schema.V4, "CancelProductOrder")
                .column("id", "id", ValueType.UUID, false)
                .column("state", "state", ValueType.STRING, false)
                .column("creationDate", "creation_date", ValueType.DATE_TIME, false)
                .column("requestedCancellationDate", "requested_cancellation_date", ValueType.DATE_TIME, true)
                .column("effectiveCancellationDate", "effective_cancellation_date", ValueType.DATE_TIME, true)
                .column("cancellationReason", "cancellation_reason", ValueType.STRING, true)
                .column("productOrder.id", "product_order_id", ValueType.UUID, true)
                .notQueryable("href", "computed")
                .defaultSort("-creationDate")
                .build();
    }

    @Test
    void translatesAgainstTheCancelTable() {
        for (QueryModel m : List.of(buildCancelModel(), QueryModels.CANCEL_PRODUCT_ORDER)) {
            SqlCriteria c = QueryEngine.translate(m, Map.of(
                    "state", List.of("acknowledged,inProgress"),
                    "productOrder.id", List.of(UID),
                    "productOrder.@referredType", List.of("ProductOrder"),
                    "requestedCancellationDate.gte", List.of("2026-01-01"),
                    "sort", List.of("requestedCancellationDate")));
            // Map.of has no order: check each piece
            String w = c.where();
            assertContains(w, "c.state in (?");
            assertContains(w, "c.product_order_id = ?");
            assertContains(w, "c.document @> cast(?");
            assertContains(w, "c.requested_cancellation_date >= ?");
            assertEquals("c.requested_cancellation_date asc nulls last, c.id asc", c.orderBy());
            assertEquals(5, c.parameters().size());
            assertEquals(true, c.parameters().contains(UUID.fromString(UID)));
            assertEquals(true, c.parameters().contains(OffsetDateTime.parse("2026-01-01T00:00:00Z")));
            assertEquals(true, c.parameters().contains("{\"productOrder\":{\"@referredType\":\"ProductOrder\"}}"));
        }
    }

    @Test
    void defaultsAndErrors() {
        QueryModel m = buildCancelModel();
        SqlCriteria c = QueryEngine.translate(m, Map.of());
        assertEquals("true", c.where());
        assertEquals("c.creation_date desc, c.id desc", c.orderBy());
        assertEquals("c.cancellation_reason ~ ?1",
                QueryEngine.translate(m, Map.of("cancellationReason.regex", List.of("late"))).where());
        assertEquals("Unknown attribute 'productOrderItem.id' in query",
                assertThrows(InvalidQueryException.class, () -> QueryEngine.translate(m, Map.of("productOrderItem.id", List.of("1")))).getMessage());
        assertEquals("Unknown attribute 'orderDate' in query",
                assertThrows(InvalidQueryException.class, () -> QueryEngine.translate(m, Map.of("orderDate", List.of("2026-01-01")))).getMessage());
        assertEquals("Unknown sort attribute 'orderDate'",
                assertThrows(InvalidQueryException.class, () -> QueryEngine.translate(m, Map.of("sort", List.of("orderDate")))).getMessage());
    }

    @Test
    void modelBuilderRejectsBadDefinitions() {
        assertThrows(IllegalArgumentException.class, () -> QueryModel.builder("t; drop", "x"));
        assertThrows(IllegalArgumentException.class, () -> QueryModel.builder("t", "x").column("a", "col umn", ValueType.STRING, true));
        assertThrows(IllegalArgumentException.class, () -> QueryModel.builder("t", "x").document("document", Tmf622Schema.V4, "Nope"));
        assertThrows(InvalidQueryException.class, () -> QueryModel.builder("t", "x").idColumn("id").defaultSort("nope").build());
        assertThrows(IllegalArgumentException.class, () -> JsonSchema.builder().type("A", "b:B").build());
    }

    static void assertContains(String s, String part) {
        if (!s.contains(part)) {
            throw new AssertionError("'" + s + "' does not contain '" + part + "'");
        }
    }
}
