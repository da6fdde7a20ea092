package org.opentmf.ordering.api.v5;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.BASE_V5;
import static org.opentmf.ordering.testing.Api.json;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;

import io.restassured.path.json.JsonPath;

/** One stored order, two API versions: every v4 -> v5 difference mapped both ways, over HTTP. */
@OrderingTest
class CrossVersionTest {

    /** A v4 order touching every attribute that differs between the versions. */
    private static final String V4_ORDER = """
            {"externalId":"PO-4711",
             "relatedParty":[{"id":"C-17","href":"https://crm.example/C-17","name":"Acme SAS","role":"customer",
                              "@referredType":"Organization"}],
             "channel":[{"id":"web","name":"Web shop","role":"sales"}],
             "note":[{"text":"call first"}],
             "productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-FIBRE"},
               "productOfferingQualificationItem":{"id":"3","productOfferingQualificationId":"POQ-9"},
               "quoteItem":{"id":"q1","quoteId":"Q-5"},
               "product":{"name":"fibre",
                 "agreement":[{"id":"AG-1","name":"frame","agreementItemId":"2"}],
                 "productCharacteristic":[{"name":"bandwidth","valueType":"string","value":"100M"},
                                          {"name":"lines","value":2},
                                          {"name":"ratio","valueType":"float","value":0.5}]}}]}""";

    /** A v5 order using what v4 cannot say directly. */
    private static final String V5_ORDER = """
            {"@type":"ProductOrder",
             "externalId":[{"@type":"ExternalIdentifier","id":"SHOP-1","owner":"webshop"},{"id":"CRM-9","owner":"crm"}],
             "relatedParty":[{"@type":"RelatedPartyRefOrPartyRoleRef","role":"customer",
                              "partyOrPartyRole":{"@type":"PartyRoleRef","id":"PR-3","name":"Buyer","partyId":"C-42",
                                                  "@referredType":"Customer"}}],
             "channel":[{"@type":"RelatedChannel","role":"sales","channel":{"@type":"ChannelRef","id":"app","name":"App"}}],
             "productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add",
               "productOffering":{"@type":"ProductOfferingRef","id":"PO-FIBRE"},
               "note":[{"@type":"Note","text":"item note"}],
               "productOfferingQualificationItem":{"@type":"ProductOfferingQualificationItemRef","itemId":"3",
                                                   "productOfferingQualificationId":"POQ-9"},
               "quoteItem":{"@type":"QuoteItemRef","quoteItemId":"q1","quoteId":"Q-5"},
               "product":{"@type":"Product","name":"fibre",
                 "agreementItem":[{"@type":"AgreementItemRef","agreementId":"AG-1","agreementItemId":"2"}],
                 "productCharacteristic":[{"@type":"FloatCharacteristic","name":"ratio","value":0.5},
                                          {"@type":"StringArrayCharacteristic","name":"tags","value":["a","b"]},
                                          {"@type":"BooleanCharacteristic","name":"managed","value":true}]}}]}""";

    @Test
    void aV4OrderReadsInV5() {
        String id = Api.createOrder(V4_ORDER);
        String orderDate = json().get(BASE + "/productOrder/" + id).then().statusCode(200).extract().path("orderDate");
        JsonPath v5 = V5.read(id)
                .body("creationDate", equalTo(orderDate))
                .body("$", not(hasKey("orderDate")))
                .body("externalId[0].id", equalTo("PO-4711"))
                .body("externalId[0].@type", equalTo("ExternalIdentifier"))
                .body("relatedParty[0].@type", equalTo("RelatedPartyRefOrPartyRoleRef"))
                .body("relatedParty[0].role", equalTo("customer"))
                .body("relatedParty[0].partyOrPartyRole.@type", equalTo("PartyRef"))
                .body("relatedParty[0].partyOrPartyRole.id", equalTo("C-17"))
                .body("relatedParty[0].partyOrPartyRole.href", equalTo("https://crm.example/C-17"))
                .body("relatedParty[0].partyOrPartyRole.name", equalTo("Acme SAS"))
                .body("relatedParty[0].partyOrPartyRole.@referredType", equalTo("Organization"))
                .body("relatedParty[0]", not(hasKey("id")))
                .body("channel[0].@type", equalTo("RelatedChannel"))
                .body("channel[0].role", equalTo("sales"))
                .body("channel[0].channel.@type", equalTo("ChannelRef"))
                .body("channel[0].channel.id", equalTo("web"))
                .body("note[0].@type", equalTo("Note"))
                .body("productOrderItem[0].productOfferingQualificationItem.itemId", equalTo("3"))
                .body("productOrderItem[0].productOfferingQualificationItem", not(hasKey("id")))
                .body("productOrderItem[0].quoteItem.quoteItemId", equalTo("q1"))
                .body("productOrderItem[0].product.@type", equalTo("Product"))
                .body("productOrderItem[0].product.agreementItem[0].agreementId", equalTo("AG-1"))
                .body("productOrderItem[0].product.agreementItem[0].agreementName", equalTo("frame"))
                .body("productOrderItem[0].product", not(hasKey("agreement")))
                .extract().jsonPath();
        assertEquals("StringCharacteristic", characteristic(v5, "bandwidth", "@type"));
        assertEquals("IntegerCharacteristic", characteristic(v5, "lines", "@type"), "no valueType: from the value");
        assertEquals("FloatCharacteristic", characteristic(v5, "ratio", "@type"));
    }

    @Test
    void aV5OrderReadsInV4() {
        String id = V5.createOrder(V5_ORDER);
        JsonPath v4 = json().get(BASE + "/productOrder/" + id).then().statusCode(200)
                .body("externalId", equalTo("SHOP-1"))
                .body("relatedParty[0].id", equalTo("PR-3"))
                .body("relatedParty[0].name", equalTo("Buyer"))
                .body("relatedParty[0].role", equalTo("customer"))
                .body("relatedParty[0].@referredType", equalTo("Customer"))
                .body("channel[0].id", equalTo("app"))
                .body("channel[0].role", equalTo("sales"))
                .body("productOrderItem[0].productOfferingQualificationItem.id", equalTo("3"))
                .body("productOrderItem[0].quoteItem.id", equalTo("q1"))
                .body("productOrderItem[0].product.agreement[0].id", equalTo("AG-1"))
                .body("productOrderItem[0].note[0].text", equalTo("item note"))
                .body("productOrderItem[0]", not(hasKey("@type")))
                .extract().jsonPath();
        assertEquals("float", characteristic(v4, "ratio", "valueType"));
        assertEquals("string", characteristic(v4, "tags", "valueType"));
        assertEquals("boolean", characteristic(v4, "managed", "valueType"));
    }

    @Test
    void aV5OrderRoundTripsLosslessly() {
        String id = V5.createOrder(V5_ORDER);
        JsonPath v5 = V5.read(id)
                .body("externalId.size()", equalTo(2))
                .body("externalId[1].id", equalTo("CRM-9"))
                .body("externalId[1].owner", equalTo("crm"))
                .body("externalId[0].owner", equalTo("webshop"))
                .body("relatedParty[0].partyOrPartyRole.@type", equalTo("PartyRoleRef"))
                .body("relatedParty[0].partyOrPartyRole.partyId", equalTo("C-42"))
                .body("relatedParty[0].partyOrPartyRole.id", equalTo("PR-3"))
                .body("channel[0].channel.name", equalTo("App"))
                .body("productOrderItem[0].note[0].text", equalTo("item note"))
                .body("productOrderItem[0].productOfferingQualificationItem.itemId", equalTo("3"))
                .body("productOrderItem[0].quoteItem.quoteItemId", equalTo("q1"))
                .body("productOrderItem[0].product.agreementItem[0].agreementId", equalTo("AG-1"))
                .body("productOrderItem[0].product.agreementItem[0].agreementItemId", equalTo("2"))
                .extract().jsonPath();
        assertEquals("FloatCharacteristic", characteristic(v5, "ratio", "@type"));
        assertEquals("StringArrayCharacteristic", characteristic(v5, "tags", "@type"));
        assertEquals("BooleanCharacteristic", characteristic(v5, "managed", "@type"));
        assertEquals(java.util.List.of("a", "b"), v5.getList(
                "productOrderItem[0].product.productCharacteristic.find { it.name == 'tags' }.value"));
    }

    @Test
    void aV4OrderIsPatchedInV5AndReadBackInV4() {
        String id = Api.createOrder(V4_ORDER);
        json().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"description\":\"from v5\"}")
                .patch(BASE_V5 + "/productOrder/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("description", equalTo("from v5"))
                .body("relatedParty[0].partyOrPartyRole.id", equalTo("C-17"));
        json().get(BASE + "/productOrder/" + id).then().statusCode(200)
                .body("description", equalTo("from v5"))
                .body("relatedParty[0].id", equalTo("C-17"))
                .body("relatedParty[0]", not(hasKey("partyOrPartyRole")))
                .body("productOrderItem[0].productOfferingQualificationItem.id", equalTo("3"))
                .body("note[0]", not(hasKey("@type")));
    }

    @Test
    void aV5OrderIsPatchedInV4AndReadBackInV5() {
        String id = V5.createOrder(V5_ORDER);
        json().contentType("application/merge-patch+json").body("{\"description\":\"from v4\"}")
                .patch(BASE + "/productOrder/" + id).then().statusCode(200)
                .body("description", equalTo("from v4"));
        V5.read(id).body("description", equalTo("from v4"))
                .body("externalId.size()", equalTo(2))
                .body("relatedParty[0].partyOrPartyRole.partyId", equalTo("C-42"));
    }

    @Test
    void aV4PatchOfTheFirstExternalIdWinsOverTheKeptV5Array() {
        String id = V5.createOrder(V5_ORDER);
        json().contentType("application/merge-patch+json").body("{\"externalId\":\"NEW-1\"}")
                .patch(BASE + "/productOrder/" + id).then().statusCode(200);
        V5.read(id).body("externalId.size()", equalTo(1)).body("externalId[0].id", equalTo("NEW-1"));
    }

    private static Object characteristic(JsonPath order, String name, String member) {
        return order.get("productOrderItem[0].product.productCharacteristic.find { it.name == '" + name + "' }.'"
                + member + "'");
    }
}
