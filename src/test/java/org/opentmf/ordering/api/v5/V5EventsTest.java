package org.opentmf.ordering.api.v5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.events.CallbackListener.await;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.BASE_V5;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.events.CallbackListener;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.ContractSchemas;
import org.opentmf.ordering.testing.OrderingTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A listener registered through v5 gets v5 notifications, one registered through v4 gets v4 ones, whichever version
 * made the change; each is valid against its own contract.
 */
@OrderingTest
class V5EventsTest {

    CallbackListener v4Listener;
    CallbackListener v5Listener;
    String v4Hub;
    String v5Hub;

    @BeforeEach
    void subscribe() {
        v4Listener = CallbackListener.start();
        v5Listener = CallbackListener.start();
        v4Hub = json().body("{\"callback\":\"" + v4Listener.url() + "\"}").post(BASE + "/hub").then().statusCode(201)
                .extract().path("id");
        v5Hub = json().body("{\"@type\":\"Hub\",\"callback\":\"" + v5Listener.url() + "\"}").post(BASE_V5 + "/hub")
                .then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void unsubscribe() {
        json().delete(BASE + "/hub/" + v4Hub);
        json().delete(BASE_V5 + "/hub/" + v5Hub);
        v4Listener.close();
        v5Listener.close();
    }

    @Test
    void aChangeMadeInV4IsAnnouncedToEachListenerInItsVersion() {
        String id = Api.createOrder("""
                {"externalId":"EV-1","relatedParty":[{"id":"C-1","role":"customer","@referredType":"Individual"}],
                 "productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"}}]}""");
        await("both create events", () -> v4Listener.about(id).size() == 1 && v5Listener.about(id).size() == 1);
        JsonNode v4 = v4Listener.about(id).get(0);
        JsonNode v5 = v5Listener.about(id).get(0);
        assertEquals(v4.path("eventId"), v5.path("eventId"), "one event, two renderings");
        ContractSchemas.assertValid("v4", "ProductOrderCreateEvent", v4);
        ContractSchemas.assertValid("v5", "ProductOrderCreateEvent", v5);
        assertFalse(v4.has("@type"));
        assertEquals("EV-1", v4.path("event").path("productOrder").path("externalId").asText());
        assertTrue(v4.path("event").path("productOrder").has("orderDate"));
        assertEquals("ProductOrderCreateEvent", v5.path("@type").asText());
        assertEquals(v5.path("eventTime"), v5.path("timeOccurred"));
        JsonNode order = v5.path("event").path("productOrder");
        assertEquals(v4.path("event").path("productOrder").path("orderDate"), order.path("creationDate"));
        assertEquals("EV-1", order.path("externalId").path(0).path("id").asText());
        assertEquals("C-1", order.path("relatedParty").path(0).path("partyOrPartyRole").path("id").asText());
        assertTrue(order.path("href").asText().contains(BASE_V5 + "/productOrder/" + id));
        assertEquals(id, v5.path("source").path("id").asText());
    }

    @Test
    void aChangeMadeInV5IsAnnouncedToTheV4ListenerInV4() {
        String id = V5.createOrder(V5.MINIMAL_ORDER);
        json().contentType("application/merge-patch+json").body("{\"description\":\"changed\"}")
                .patch(BASE_V5 + "/productOrder/" + id).then().statusCode(200);
        await("create and change, twice", () -> v4Listener.about(id).size() == 2 && v5Listener.about(id).size() == 2);
        List<JsonNode> v4 = v4Listener.about(id);
        List<JsonNode> v5 = v5Listener.about(id);
        assertEquals("ProductOrderAttributeValueChangeEvent", v4.get(1).path("eventType").asText());
        ContractSchemas.assertValid("v4", "ProductOrderAttributeValueChangeEvent", v4.get(1));
        ContractSchemas.assertValid("v5", "ProductOrderAttributeValueChangeEvent", v5.get(1));
        assertEquals("description", v4.get(1).path("fieldPath").asText());
        assertEquals("ff55-hjy4", v4.get(1).path("event").path("productOrder").path("relatedParty").path(0).path("id").asText());
        assertEquals("PartyRoleRef", v5.get(1).path("event").path("productOrder").path("relatedParty").path(0)
                .path("partyOrPartyRole").path("@type").asText());
    }
}
