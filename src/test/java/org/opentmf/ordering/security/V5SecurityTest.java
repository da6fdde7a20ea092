package org.opentmf.ordering.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.BASE_V5;
import static org.opentmf.ordering.testing.Tokens.as;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;
import org.opentmf.ordering.testing.SecuredServer;
import org.opentmf.ordering.testing.Tokens;

import io.quarkus.test.junit.TestProfile;

/** The same tokens, roles and party scoping on the v5 edge (v5 names a party in relatedParty[].partyOrPartyRole.id). */
@OrderingTest
@TestProfile(SecuredServer.class)
class V5SecurityTest {

    private static final String ORDERS = BASE_V5 + "/productOrder";

    private static String party(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String orderFor(String offering, String party) {
        return """
                {"@type":"ProductOrder",
                 "productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add",
                                      "productOffering":{"@type":"ProductOfferingRef","id":"%s"}}],
                 "relatedParty":[{"@type":"RelatedPartyRefOrPartyRoleRef","role":"customer",
                                  "partyOrPartyRole":{"@type":"PartyRef","id":"%s","@referredType":"Individual"}}]}"""
                .formatted(offering, party);
    }

    private static String create(String token, String body) {
        return as(token).body(body).post(ORDERS).then().statusCode(201).extract().path("id");
    }

    @Test
    void refusesV5RequestsWithoutATokenAndWithTooFewRoles() {
        Api.json().get(ORDERS).then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"))
                .body("@type", equalTo("Error"));
        as(Tokens.system("tmf622.read")).body(orderFor("PO-V5", "C-1")).post(ORDERS).then().statusCode(403)
                .body("@type", equalTo("Error"));
        as(Tokens.system("tmf622.read")).get(BASE_V5 + "/hub").then().statusCode(200);
        as(Tokens.system("tmf622.read")).body("{\"@type\":\"Hub\",\"callback\":\"http://127.0.0.1:9/x\"}").post(BASE_V5 + "/hub")
                .then().statusCode(403);
    }

    @Test
    void refusesARequestWithoutATokenBeforeLookingAtItsBody() {
        // no 400 about the body first: without a token the API says nothing about what it would make of it
        Api.json().body("{\"productOrderItem\":").post(ORDERS).then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer")).body("message", equalTo("A bearer token is required"));
        Api.json().body("[1]").post(BASE + "/productOrder").then().statusCode(401).body("@type", equalTo("Error"));
        Api.json().contentType("text/plain").body("x").post(BASE_V5 + "/hub").then().statusCode(401);
    }

    @Test
    void scopesV5ListsReadsChangesAndCancellationsToTheTokensParty() {
        String a = party("A");
        String b = party("B");
        String offering = "PO-V5-" + a;
        String system = Tokens.system("tmf622.write");
        String a1 = create(system, orderFor(offering, a));
        String a2 = create(system, orderFor(offering, a));
        String theirs = create(system, orderFor(offering, b));
        String token = Tokens.party(a, "tmf622.write");

        as(token).get(ORDERS + "?productOrderItem.productOffering.id=" + offering).then().statusCode(200)
                .header("X-Total-Count", "2").body("id", containsInAnyOrder(a1, a2));
        as(token).get(ORDERS + "?productOrderItem.productOffering.id=" + offering + "&limit=1").then()
                .header("X-Total-Count", "2").header("X-Result-Count", "1");
        as(token).get(ORDERS + "/" + theirs).then().statusCode(404);
        as(token).contentType("application/merge-patch+json").body("{\"description\":\"mine\"}")
                .patch(ORDERS + "/" + theirs).then().statusCode(404);
        as(token).delete(ORDERS + "/" + theirs).then().statusCode(404);
        as(token).get(ORDERS + "/" + theirs + "/initiatingRequest").then().statusCode(404);
        as(token).body("{\"@type\":\"CancelProductOrder\",\"productOrder\":{\"@type\":\"ProductOrderRef\",\"id\":\""
                + theirs + "\"}}").post(BASE_V5 + "/cancelProductOrder").then().statusCode(404);

        as(token).contentType("application/merge-patch+json").body("{\"description\":\"mine\"}")
                .patch(ORDERS + "/" + a1).then().statusCode(200).body("description", equalTo("mine"));
        String task = as(token).body("{\"@type\":\"CancelProductOrder\",\"productOrder\":{\"@type\":\"ProductOrderRef\","
                + "\"id\":\"" + a2 + "\"}}").post(BASE_V5 + "/cancelProductOrder").then().statusCode(201)
                .extract().path("id");
        as(token).get(BASE_V5 + "/cancelProductOrder").then().statusCode(200).header("X-Total-Count", "1")
                .body("id", contains(task));
        as(Tokens.party(b, "tmf622.read")).get(BASE_V5 + "/cancelProductOrder/" + task).then().statusCode(404);
        as(token).delete(ORDERS + "/" + a1).then().statusCode(204);
    }

    @Test
    void addsTheTokensPartyToAV5OrderNamingNoneAndRefusesOneNamingOnlyOthers() {
        String a = party("A");
        String token = Tokens.party(a, "tmf622.write");
        String id = as(token).body("""
                {"@type":"ProductOrder","productOrderItem":[{"@type":"ProductOrderItem","id":"1","action":"add",
                  "productOffering":{"@type":"ProductOfferingRef","id":"PO-V5-NONE"}}]}""").post(ORDERS).then()
                .statusCode(201)
                .body("relatedParty[0].role", equalTo("customer"))
                .body("relatedParty[0].partyOrPartyRole.id", equalTo(a))
                .extract().path("id");
        as(token).get(ORDERS + "/" + id + "/initiatingRequest").then().statusCode(200)
                .body("requestedBy.partyId", equalTo(a)).body("requestedBy.clientId", equalTo("portal"));
        as(token).body(orderFor("PO-V5-OTHERS", party("B"))).post(ORDERS).then().statusCode(403)
                .body("@type", equalTo("Error"));
    }

    @Test
    void showsAV5PartyOnlyItsOwnHubSubscriptions() {
        String a = party("A");
        String b = party("B");
        String token = Tokens.party(a, "tmf622.write");
        String subscription = as(token).body("{\"@type\":\"Hub\",\"callback\":\"http://127.0.0.1:9/x\","
                + "\"query\":\"eventType=CancelProductOrderInformationRequiredEvent\"}").post(BASE_V5 + "/hub")
                .then().statusCode(201).extract().path("id");
        as(Tokens.party(b, "tmf622.write")).get(BASE_V5 + "/hub/" + subscription).then().statusCode(404);
        as(Tokens.party(b, "tmf622.write")).get(BASE_V5 + "/hub").then().body("id", not(hasItem(subscription)));
        as(Tokens.party(b, "tmf622.write")).delete(BASE_V5 + "/hub/" + subscription).then().statusCode(404);
        as(token).get(BASE_V5 + "/hub").then().body("id", contains(subscription));
        as(token).delete(BASE_V5 + "/hub/" + subscription).then().statusCode(204);
    }
}
