package org.opentmf.ordering.api.v5;

import static org.opentmf.ordering.testing.Api.BASE_V5;
import static org.opentmf.ordering.testing.Api.json;

import io.restassured.response.ValidatableResponse;

/** v5 conversations: the minimal valid create body of TMF622 v5 and small helpers. */
final class V5 {

    /** TMF622 v5's own minimal create example (one item for an offering, a customer by party role). */
    static final String MINIMAL_ORDER = """
            {"@type":"ProductOrder",
             "productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add",
                                  "productOffering":{"@type":"ProductOfferingRef","id":"14277"}}],
             "relatedParty":[{"@type":"RelatedPartyRefOrPartyRoleRef","role":"Customer",
                              "partyOrPartyRole":{"@type":"PartyRoleRef","id":"ff55-hjy4","@referredType":"Customer"}}]}""";

    private V5() {
    }

    static ValidatableResponse create(String body) {
        return json().body(body).post(BASE_V5 + "/productOrder").then();
    }

    static String createOrder(String body) {
        return create(body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse read(String id) {
        return json().get(BASE_V5 + "/productOrder/" + id).then().statusCode(200);
    }
}
