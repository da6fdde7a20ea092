package org.opentmf.ordering.issuance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.opentmf.ordering.issuance.Issued.order;
import static org.opentmf.ordering.issuance.Issued.record;
import static org.opentmf.ordering.issuance.Issued.recordItem;
import static org.opentmf.ordering.issuance.Issued.specialHandlingCharacteristics;
import static org.opentmf.ordering.issuance.Issued.specialHandlingNotes;
import static org.opentmf.ordering.testing.Api.createOrder;
import static org.opentmf.ordering.testing.Api.standardOrder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentmf.ordering.testing.OrderingTest;

import io.restassured.path.json.JsonPath;

/** Issuance separates off-the-shelf items from bespoke ones and flags unassessed bespoke items. */
@OrderingTest
class ItemClassificationTest {

    static final String ISSUING_SYSTEM = "OpenTMF Ordering - Issue Customer Order";
    static final Map<String, Object> SPECIAL_HANDLING = Map.of("name", "specialHandling", "valueType", "boolean",
            "value", true);

    @Inject
    DataSource dataSource;

    @Test
    void issuesAnItemNamingAnOfferingAsOffTheShelf() {
        String id = createOrder(standardOrder("1", "PO-FIBRE-100"));

        JsonPath order = order(id);
        assertThat(order.getString("state"), equalTo("acknowledged"));
        assertThat(order.getString("productOrderItem[0].state"), equalTo("acknowledged"));
        assertThat(order.get("productOrderItem[0].product"), nullValue());
        assertThat(specialHandlingNotes(order), empty());
        Map<String, Object> item = recordItem(record(id), "1");
        assertThat(item, allOf(hasEntry("classification", (Object) "offTheShelf"),
                hasEntry("specialHandling", (Object) false)));
        assertThat(item.get("feasibilityAssessment"), nullValue());
        assertThat(orderFlaggedForSpecialHandling(id), equalTo(false));
    }

    @Test
    void flagsAnAddedProductDescribedByValueOnlyForSpecialHandling() {
        String id = createOrder("""
                {"productOrderItem":[{"id":"A1","action":"add",
                  "product":{"name":"Custom rack","isBundle":false,
                    "productCharacteristic":[{"name":"height","valueType":"string","value":"42U"}]}}]}""");

        JsonPath order = order(id);
        assertThat(order.getList("productOrderItem[0].product.productCharacteristic"),
                contains(Map.of("name", "height", "valueType", "string", "value", "42U"), SPECIAL_HANDLING));
        assertThat(order.getString("productOrderItem[0].product.name"), equalTo("Custom rack"));
        assertThat(order.getBoolean("productOrderItem[0].product.isBundle"), equalTo(false));
        List<Map<String, Object>> notes = specialHandlingNotes(order);
        assertThat(notes, hasSize(1));
        assertThat(notes.get(0), hasEntry("author", (Object) ISSUING_SYSTEM));
        assertThat((String) notes.get(0).get("text"), allOf(containsString("A1"), containsString("no productOffering")));
        Map<String, Object> item = recordItem(record(id), "A1");
        assertThat(item, allOf(hasEntry("classification", (Object) "bespoke"),
                hasEntry("specialHandling", (Object) true)));
        assertThat(item.get("feasibilityAssessment"), nullValue());
    }

    @Test
    void createsTheProductWhenABespokeItemHasNone() {
        String id = createOrder("""
                {"productOrderItem":[{"id":"B1","action":"add","quantity":2}]}""");

        JsonPath order = order(id);
        assertThat(order.getList("productOrderItem[0].product.productCharacteristic"), contains(SPECIAL_HANDLING));
        assertThat(order.getInt("productOrderItem[0].quantity"), equalTo(2));
        assertThat(specialHandlingNotes(order), hasSize(1));
    }

    @Test
    void keepsTheClientsNotesNextToTheSpecialHandlingNote() {
        String id = createOrder("""
                {"note":[{"id":"n1","author":"Jane","text":"call before delivery"}],
                 "productOrderItem":[{"id":"1","action":"add"}]}""");

        JsonPath order = order(id);
        assertThat(order.getList("note.text"), hasSize(2));
        assertThat(order.getList("note.text"), hasItem("call before delivery"));
        assertThat(specialHandlingNotes(order), hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "modify", "delete", "noChange" })
    void doesNotFlagChangesToAnExistingProductWithoutOffering(String action) {
        String id = createOrder("""
                {"productOrderItem":[{"id":"1","action":"%s","product":{"id":"P-77"}}]}""".formatted(action));

        JsonPath order = order(id);
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[0]"), empty());
        assertThat(specialHandlingNotes(order), empty());
        assertThat(recordItem(record(id), "1"), allOf(hasEntry("classification", (Object) "offTheShelf"),
                hasEntry("specialHandling", (Object) false)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "true", "\"yes\"", "{\"x\":1}", "[\"a\"]", "42" })
    void treatsASpecialRequirementCharacteristicWithAValueAsBespoke(String value) {
        String id = createOrder(offeringWithCharacteristic("specialRequirement", value));

        JsonPath order = order(id);
        assertThat(order.getList("productOrderItem[0].product.productCharacteristic.name"),
                contains("specialRequirement", "specialHandling"));
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[0]"), contains(SPECIAL_HANDLING));
        List<Map<String, Object>> notes = specialHandlingNotes(order);
        assertThat(notes, hasSize(1));
        assertThat((String) notes.get(0).get("text"),
                allOf(containsString("item 1"), containsString("specialRequirement")));
        assertThat(recordItem(record(id), "1"), allOf(hasEntry("classification", (Object) "bespoke"),
                hasEntry("specialHandling", (Object) true)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "false", "\"false\"", "\"\"", "\"  \"", "{}", "[]" })
    void treatsASpecialRequirementCharacteristicWithoutValueAsOffTheShelf(String value) {
        String id = createOrder(offeringWithCharacteristic("specialRequirement", value));

        JsonPath order = order(id);
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[0]"), empty());
        assertThat(specialHandlingNotes(order), empty());
        assertThat(recordItem(record(id), "1"), hasEntry("classification", (Object) "offTheShelf"));
    }

    @Test
    void ignoresCharacteristicsNotOnTheSpecialRequirementList() {
        String id = createOrder(offeringWithCharacteristic("customBuild", "true"));

        assertThat(recordItem(record(id), "1"), hasEntry("classification", (Object) "offTheShelf"));
        assertThat(specialHandlingNotes(order(id)), empty());
    }

    @Test
    void classifiesNestedItemsToo() {
        String id = createOrder("""
                {"productOrderItem":[{"id":"bundle","action":"add","productOffering":{"id":"PO-BUNDLE"},
                  "productOrderItem":[
                    {"id":"child-std","action":"add","productOffering":{"id":"PO-ROUTER"}},
                    {"id":"child-custom","action":"add","product":{"name":"custom antenna"}}]}]}""");

        JsonPath order = order(id);
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[0]"), empty());
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[0].productOrderItem[0]"), empty());
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[0].productOrderItem[1]"),
                contains(SPECIAL_HANDLING));
        assertThat(order.getString("productOrderItem[0].productOrderItem[1].product.name"), equalTo("custom antenna"));
        assertThat(order.getString("productOrderItem[0].productOrderItem[1].state"), equalTo("acknowledged"));
        JsonPath record = record(id);
        assertThat(record.getList("items.itemId"), contains("bundle", "child-std", "child-custom"));
        assertThat(recordItem(record, "child-custom"), allOf(hasEntry("classification", (Object) "bespoke"),
                hasEntry("specialHandling", (Object) true)));
        assertThat(recordItem(record, "child-std"), hasEntry("classification", (Object) "offTheShelf"));
        assertThat((String) specialHandlingNotes(order).get(0).get("text"),
                allOf(containsString("child-custom"), not(containsString("child-std"))));
    }

    @Test
    void flagsOnlyTheUnassessedBespokeItemOfAMixedOrder() {
        String id = createOrder("""
                {"productOrderItem":[
                  {"id":"std","action":"add","productOffering":{"id":"PO-FIBRE"}},
                  {"id":"assessed","action":"add","product":{"name":"dark fibre"},
                   "qualification":[{"id":"POQ-9","href":"https://poq.example/POQ-9"}]},
                  {"id":"unassessed","action":"add","productOffering":{"id":"PO-FIBRE"},
                   "product":{"productCharacteristic":[{"name":"specialRequirement","value":"diverse routing"}]}}]}""");

        JsonPath order = order(id);
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[0]"), empty());
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[1]"), empty());
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[2]"), contains(SPECIAL_HANDLING));
        List<Map<String, Object>> notes = specialHandlingNotes(order);
        assertThat(notes, hasSize(1));
        assertThat((String) notes.get(0).get("text"), allOf(containsString("item unassessed"),
                not(containsString("item std")), not(containsString("item assessed"))));
        JsonPath record = record(id);
        assertThat(recordItem(record, "std"), allOf(hasEntry("classification", (Object) "offTheShelf"),
                hasEntry("specialHandling", (Object) false)));
        assertThat(recordItem(record, "assessed"), allOf(hasEntry("classification", (Object) "bespoke"),
                hasEntry("specialHandling", (Object) false)));
        assertThat(recordItem(record, "unassessed"), allOf(hasEntry("classification", (Object) "bespoke"),
                hasEntry("specialHandling", (Object) true)));
        assertThat(orderFlaggedForSpecialHandling(id), equalTo(true));
    }

    /** The order-level flag (a column, not part of the TMF representation). */
    private boolean orderFlaggedForSpecialHandling(String orderId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select special_handling from product_order where id = ?")) {
            query.setObject(1, UUID.fromString(orderId));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next(), equalTo(true));
                return row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String offeringWithCharacteristic(String name, String jsonValue) {
        return """
                {"productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"},
                  "product":{"productCharacteristic":[{"name":"%s","value":%s}]}}]}""".formatted(name, jsonValue);
    }
}
