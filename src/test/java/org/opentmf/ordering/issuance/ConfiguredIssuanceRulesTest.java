package org.opentmf.ordering.issuance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasSize;
import static org.opentmf.ordering.issuance.ItemClassificationTest.SPECIAL_HANDLING;
import static org.opentmf.ordering.issuance.ItemClassificationTest.offeringWithCharacteristic;
import static org.opentmf.ordering.issuance.Issued.order;
import static org.opentmf.ordering.issuance.Issued.record;
import static org.opentmf.ordering.issuance.Issued.recordItem;
import static org.opentmf.ordering.issuance.Issued.specialHandlingCharacteristics;
import static org.opentmf.ordering.issuance.Issued.specialHandlingNotes;
import static org.opentmf.ordering.testing.Api.createOrder;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.ConfiguredServer;
import org.opentmf.ordering.testing.OrderingTest;

import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Issuance rules a deployment configures ({@link ConfiguredServer}: "customBuild" is a special requirement, the
 * issuing system is "Acme Order Desk").
 */
@OrderingTest
@TestProfile(ConfiguredServer.class)
class ConfiguredIssuanceRulesTest {

    @Test
    void treatsAConfiguredCharacteristicAsASpecialRequirement() {
        String id = createOrder(offeringWithCharacteristic("customBuild", "\"left-handed\""));

        JsonPath order = order(id);
        assertThat(specialHandlingCharacteristics(order, "productOrderItem[0]"), contains(SPECIAL_HANDLING));
        assertThat((String) specialHandlingNotes(order).get(0).get("text"), containsString("customBuild"));
        assertThat(recordItem(record(id), "1"), allOf(hasEntry("classification", (Object) "bespoke"),
                hasEntry("specialHandling", (Object) true)));
    }

    @Test
    void keepsTheDefaultNameWhenMoreAreConfigured() {
        String id = createOrder(offeringWithCharacteristic("specialRequirement", "true"));

        assertThat(recordItem(record(id), "1"), hasEntry("classification", (Object) "bespoke"));
    }

    @Test
    void signsTheSpecialHandlingNoteWithTheConfiguredIssuingSystem() {
        String id = createOrder("""
                {"productOrderItem":[{"id":"1","action":"add"}]}""");

        List<Map<String, Object>> notes = specialHandlingNotes(order(id));
        assertThat(notes, hasSize(1));
        assertThat(notes.get(0), hasEntry("author", (Object) "Acme Order Desk"));
    }
}
