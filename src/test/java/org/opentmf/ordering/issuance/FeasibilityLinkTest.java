package org.opentmf.ordering.issuance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.nullValue;
import static org.opentmf.ordering.issuance.Issued.order;
import static org.opentmf.ordering.issuance.Issued.record;
import static org.opentmf.ordering.issuance.Issued.recordItem;
import static org.opentmf.ordering.issuance.Issued.specialHandlingCharacteristics;
import static org.opentmf.ordering.issuance.Issued.specialHandlingNotes;
import static org.opentmf.ordering.testing.Api.createOrder;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

import io.restassured.path.json.JsonPath;

/**
 * A bespoke item whose feasibility was assessed before (TMF679 ProductOfferingQualification) is linked to that
 * assessment in the initiating-request record and gets no special handling. No TMF679 server is configured here:
 * the client's references are trusted, and recorded as not verified (FeasibilityVerificationTest has a server).
 */
@OrderingTest
class FeasibilityLinkTest {

    @Test
    void linksTheItemsProductOfferingQualificationItem() {
        String id = createOrder("""
                {"productOrderItem":[{"id":"1","action":"add","product":{"name":"custom CPE"},
                  "productOfferingQualificationItem":{"id":"7","productOfferingQualificationId":"POQ-1",
                    "productOfferingQualificationHref":"https://poq.example/POQ-1"}}]}""");

        assertNoSpecialHandling(id, "productOrderItem[0]");
        assertThat(feasibility(id, "1"), equalTo(Map.of("productOfferingQualificationId", "POQ-1",
                "productOfferingQualificationHref", "https://poq.example/POQ-1",
                "productOfferingQualificationItemId", "7", "source", "productOfferingQualificationItem")));
    }

    @Test
    void linksTheItemsQualification() {
        String id = createOrder("""
                {"productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"},
                  "product":{"productCharacteristic":[{"name":"specialRequirement","value":true}]},
                  "qualification":[{"id":"POQ-2","href":"https://poq.example/POQ-2"}]}]}""");

        assertNoSpecialHandling(id, "productOrderItem[0]");
        assertThat(feasibility(id, "1"), equalTo(Map.of("productOfferingQualificationId", "POQ-2",
                "productOfferingQualificationHref", "https://poq.example/POQ-2", "source", "qualification")));
    }

    @Test
    void linksTheOrdersQualificationToEveryBespokeItem() {
        String id = createOrder("""
                {"productOfferingQualification":[{"id":"POQ-3","href":"https://poq.example/POQ-3"}],
                 "productOrderItem":[
                  {"id":"1","action":"add","product":{"name":"custom mast"}},
                  {"id":"2","action":"add","productOffering":{"id":"PO-1"},
                   "product":{"productCharacteristic":[{"name":"specialRequirement","value":"yes"}]},
                   "productOrderItem":[{"id":"2.1","action":"add"}]}]}""");

        assertNoSpecialHandling(id, "productOrderItem[0]");
        assertThat(specialHandlingCharacteristics(order(id), "productOrderItem[1]"), empty());
        assertThat(specialHandlingCharacteristics(order(id), "productOrderItem[1].productOrderItem[0]"), empty());
        Map<String, Object> expected = Map.of("productOfferingQualificationId", "POQ-3",
                "productOfferingQualificationHref", "https://poq.example/POQ-3", "source",
                "productOfferingQualification");
        assertThat(feasibility(id, "1"), equalTo(expected));
        assertThat(feasibility(id, "2"), equalTo(expected));
        assertThat(feasibility(id, "2.1"), equalTo(expected));
    }

    @Test
    void prefersTheMostSpecificAssessment() {
        String id = createOrder("""
                {"productOfferingQualification":[{"id":"POQ-ORDER"}],
                 "productOrderItem":[
                  {"id":"1","action":"add","qualification":[{"id":"POQ-ITEM"}],
                   "productOfferingQualificationItem":{"id":"1","productOfferingQualificationId":"POQ-ITEM-1"}},
                  {"id":"2","action":"add","qualification":[{"id":"POQ-ITEM"}]}]}""");

        assertThat(feasibility(id, "1"), hasEntry("productOfferingQualificationId", (Object) "POQ-ITEM-1"));
        assertThat(feasibility(id, "2"), hasEntry("productOfferingQualificationId", (Object) "POQ-ITEM"));
    }

    @Test
    void linksNothingToAnOffTheShelfItem() {
        String id = createOrder("""
                {"productOfferingQualification":[{"id":"POQ-4"}],
                 "productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"},
                   "qualification":[{"id":"POQ-5"}]}]}""");

        Map<String, Object> item = recordItem(record(id), "1");
        assertThat(item, allOf(hasEntry("classification", (Object) "offTheShelf"),
                hasEntry("specialHandling", (Object) false)));
        assertThat(item.get("feasibilityAssessment"), nullValue());
    }

    @Test
    void doesNotCountAnEmptyQualificationListAsAnAssessment() {
        String id = createOrder("""
                {"productOfferingQualification":[],
                 "productOrderItem":[{"id":"1","action":"add","qualification":[]}]}""");

        assertThat(specialHandlingCharacteristics(order(id), "productOrderItem[0]").size(), equalTo(1));
        assertThat(recordItem(record(id), "1"), hasEntry("specialHandling", (Object) true));
    }

    private static void assertNoSpecialHandling(String id, String itemPath) {
        JsonPath order = order(id);
        assertThat(specialHandlingCharacteristics(order, itemPath), empty());
        assertThat(specialHandlingNotes(order), empty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> feasibility(String orderId, String itemId) {
        Map<String, Object> item = recordItem(record(orderId), itemId);
        assertThat(item, allOf(hasEntry("classification", (Object) "bespoke"),
                hasEntry("specialHandling", (Object) false)));
        Object found = item.get("feasibilityAssessment");
        if (found == null) {
            return null;
        }
        // No TMF679 server in this profile: the reference is trusted, and the record says it was not verified.
        Map<String, Object> link = new HashMap<>((Map<String, Object>) found);
        assertThat(link.remove("verified"), equalTo(false));
        assertThat(link.remove("reason"),
                equalTo("not verified: no TMF679 server is configured (ordering.feasibility.tmf679-url)"));
        return link;
    }
}
