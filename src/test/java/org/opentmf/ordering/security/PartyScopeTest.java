package org.opentmf.ordering.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Tokens.as;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.events.CallbackListener;
import org.opentmf.ordering.testing.OrderingTest;
import org.opentmf.ordering.testing.SecuredServer;
import org.opentmf.ordering.testing.Tokens;

import io.quarkus.test.junit.TestProfile;

/**
 * A token with the party claim acts for that party: it sees, changes and cancels only the orders whose relatedParty
 * names it, and to it the others do not exist (404, absent from lists and totals). Without the claim, or with the
 * admin role, a client sees every party.
 */
@OrderingTest
@TestProfile(SecuredServer.class)
class PartyScopeTest {

    private static final String ORDERS = BASE + "/productOrder";

    /** Parties unique to each test, so lists and totals count only what the test made. */
    private static String party(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String orderFor(String offering, String... parties) {
        StringBuilder related = new StringBuilder();
        for (String p : parties) {
            related.append(related.length() == 0 ? "" : ",").append("{\"id\":\"").append(p)
                    .append("\",\"role\":\"customer\",\"@referredType\":\"Individual\"}");
        }
        return "{\"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\",\"productOffering\":{\"id\":\"" + offering
                + "\"}}],\"relatedParty\":[" + related + "]}";
    }

    private static String create(String token, String body) {
        return as(token).body(body).post(ORDERS).then().statusCode(201).extract().path("id");
    }

    private static String system() {
        return Tokens.system("tmf622.write");
    }

    @Test
    void listsAndCountsOnlyTheOrdersOfTheTokensParty() {
        String a = party("A");
        String b = party("B");
        String offering = "PO-" + a;
        String a1 = create(system(), orderFor(offering, a));
        String a2 = create(system(), orderFor(offering, "someone-else", a));
        String a3 = create(system(), orderFor(offering, a));
        create(system(), orderFor(offering, b));
        create(system(), orderFor(offering, b));

        String token = Tokens.party(a, "tmf622.read");
        as(token).get(ORDERS + "?productOrderItem.productOffering.id=" + offering).then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("id", containsInAnyOrder(a1, a2, a3));
        // paged: the total, the page and the Link header count the party's orders only
        String link = as(token).get(ORDERS + "?productOrderItem.productOffering.id=" + offering + "&limit=2").then()
                .statusCode(200).header("X-Total-Count", "3").header("X-Result-Count", "2")
                .body("id", contains(a3, a2)).extract().header("Link");
        assertTrue(link.contains("offset=2&limit=2>; rel=\"last\""), link);
        as(token).get(ORDERS + "?productOrderItem.productOffering.id=" + offering + "&offset=2&limit=2").then()
                .statusCode(200).body("id", contains(a1));
        // the unfiltered list too (no tally shortcut)
        as(token).get(ORDERS).then().statusCode(200).header("X-Total-Count", "3");
        // a system client (no party claim) sees both parties
        as(Tokens.system("tmf622.read")).get(ORDERS + "?productOrderItem.productOffering.id=" + offering).then()
                .statusCode(200).header("X-Total-Count", "5");
        // and so does an administrator acting for a party
        as(Tokens.party(a, "tmf622.admin")).get(ORDERS + "?productOrderItem.productOffering.id=" + offering).then()
                .statusCode(200).header("X-Total-Count", "5");
    }

    @Test
    void answersNotFoundForAnotherPartysOrder() {
        String a = party("A");
        String b = party("B");
        String theirs = create(system(), orderFor("PO-THEIRS", b));
        String token = Tokens.party(a, "tmf622.write");
        String missing = UUID.randomUUID().toString();
        for (String id : List.of(theirs, missing)) {
            as(token).get(ORDERS + "/" + id).then().statusCode(404)
                    .body("message", equalTo("ProductOrder with id '" + id + "' does not exist"));
            as(token).contentType("application/merge-patch+json").body("{\"description\":\"mine now\"}")
                    .patch(ORDERS + "/" + id).then().statusCode(404);
            as(token).delete(ORDERS + "/" + id).then().statusCode(404);
            as(token).get(ORDERS + "/" + id + "/initiatingRequest").then().statusCode(404);
        }
        // untouched
        as(Tokens.party(b, "tmf622.read")).get(ORDERS + "/" + theirs).then().statusCode(200)
                .body("description", nullValue());
    }

    @Test
    void changesAndDeletesItsOwnOrders() {
        String a = party("A");
        String token = Tokens.party(a, "tmf622.write");
        String mine = create(system(), orderFor("PO-MINE", a));
        as(token).contentType("application/merge-patch+json").body("{\"description\":\"changed by its customer\"}")
                .patch(ORDERS + "/" + mine).then().statusCode(200).body("description", equalTo("changed by its customer"));
        // but may not take its own party out of the order
        as(token).contentType("application/merge-patch+json")
                .body("{\"relatedParty\":[{\"id\":\"someone-else\",\"@referredType\":\"Individual\"}]}")
                .patch(ORDERS + "/" + mine).then().statusCode(403).body("@type", equalTo("Error"));
        as(token).delete(ORDERS + "/" + mine).then().statusCode(204);
        as(Tokens.system("tmf622.read")).get(ORDERS + "/" + mine).then().statusCode(404);
    }

    @Test
    void addsTheTokensPartyAsCustomerToAnOrderNamingNoParty() {
        String a = party("A");
        String id = as(Tokens.party(a, "tmf622.write"))
                .body("{\"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\"}]}").post(ORDERS).then()
                .statusCode(201)
                .body("relatedParty.id", contains(a)).body("relatedParty[0].role", equalTo("customer"))
                .body("relatedParty[0].@referredType", equalTo("Party"))
                .extract().path("id");
        as(Tokens.party(a, "tmf622.read")).get(ORDERS + "/" + id).then().statusCode(200);
        // the added party is a valid v4 RelatedParty: the order can still be changed
        as(Tokens.party(a, "tmf622.write")).contentType("application/merge-patch+json")
                .body("{\"description\":\"still valid\"}").patch(ORDERS + "/" + id).then().statusCode(200);
    }

    @Test
    void acceptsAnOrderNamingTheTokensPartyAmongOthers() {
        String a = party("A");
        as(Tokens.party(a, "tmf622.write")).body(orderFor("PO-SHARED", "reseller-9", a)).post(ORDERS).then()
                .statusCode(201).body("relatedParty.id", contains("reseller-9", a));
    }

    @Test
    void refusesAnOrderNamingOnlyOtherParties() {
        String a = party("A");
        String b = party("B");
        as(Tokens.party(a, "tmf622.write")).body(orderFor("PO-FOR-OTHERS", b)).post(ORDERS).then()
                .statusCode(403).body("@type", equalTo("Error")).body("code", equalTo("403"));
        as(Tokens.system("tmf622.read")).get(ORDERS + "?relatedParty.id=" + b).then().header("X-Total-Count", "0");
    }

    @Test
    void cancelsOnlyItsOwnOrdersAndListsOnlyTheirCancellations() {
        String a = party("A");
        String b = party("B");
        String mine = create(system(), orderFor("PO-CANCEL", a));
        String theirs = create(system(), orderFor("PO-CANCEL", b));
        String token = Tokens.party(a, "tmf622.write");
        as(token).body("{\"productOrder\":{\"id\":\"" + theirs + "\"}}").post(BASE + "/cancelProductOrder").then()
                .statusCode(404);
        String myTask = as(token).body("{\"productOrder\":{\"id\":\"" + mine + "\"}}").post(BASE + "/cancelProductOrder")
                .then().statusCode(201).extract().path("id");
        String theirTask = as(Tokens.party(b, "tmf622.write")).body("{\"productOrder\":{\"id\":\"" + theirs + "\"}}")
                .post(BASE + "/cancelProductOrder").then().statusCode(201).extract().path("id");

        as(token).get(BASE + "/cancelProductOrder/" + myTask).then().statusCode(200);
        as(token).get(BASE + "/cancelProductOrder/" + theirTask).then().statusCode(404);
        List<String> listed = as(token).get(BASE + "/cancelProductOrder?limit=1000").then().statusCode(200)
                .body("id", hasItem(myTask)).body("id", not(hasItem(theirTask))).extract().path("id");
        as(token).get(BASE + "/cancelProductOrder").then().header("X-Total-Count", String.valueOf(listed.size()));
        assertEquals(1, listed.size(), "party " + a + " has one cancellation");
        as(Tokens.system("tmf622.read")).get(ORDERS + "/" + theirs).then().body("state", equalTo("cancelled"));
    }

    @Test
    void recordsWhoAskedForTheOrder() {
        String a = party("A");
        String id = create(Tokens.party(a, "tmf622.write"), orderFor("PO-AUDIT", a));
        as(Tokens.party(a, "tmf622.read")).get(ORDERS + "/" + id + "/initiatingRequest").then().statusCode(200)
                .body("requestedBy.subject", equalTo("user-of-" + a))
                .body("requestedBy.clientId", equalTo("portal"))
                .body("requestedBy.partyId", equalTo(a));
        String bySystem = create(system(), orderFor("PO-AUDIT", a));
        as(Tokens.system("tmf622.read")).get(ORDERS + "/" + bySystem + "/initiatingRequest").then().statusCode(200)
                .body("requestedBy.subject", equalTo("service-account-bss-system"))
                .body("requestedBy.clientId", equalTo("bss-system"))
                .body("requestedBy.partyId", nullValue());
    }

    @Test
    void takesTheClientIdFromClientIdWithoutAzp() {
        var claims = Tokens.claims("ignored", "tmf622.write");
        claims.remove("azp");
        claims.put("client_id", "legacy-client");
        String id = create(Tokens.mint(claims), orderFor("PO-AUDIT-CID", party("A")));
        as(Tokens.system("tmf622.read")).get(ORDERS + "/" + id + "/initiatingRequest").then()
                .body("requestedBy.clientId", equalTo("legacy-client"));
    }

    private static boolean hasDelete(CallbackListener listener, String order) {
        return listener.about(order).stream()
                .anyMatch(e -> e.path("eventType").asText().equals("ProductOrderDeleteEvent"));
    }

    @Test
    void notifiesAPartysSubscriptionOfItsOwnOrdersOnly() {
        String a = party("A");
        String b = party("B");
        try (CallbackListener listener = CallbackListener.start(); CallbackListener everything = CallbackListener.start()) {
            String token = Tokens.party(a, "tmf622.write");
            String subscription = as(token).body("{\"callback\":\"" + listener.url() + "\"}").post(BASE + "/hub")
                    .then().statusCode(201).extract().path("id");
            String systemSubscription = as(Tokens.system("tmf622.write"))
                    .body("{\"callback\":\"" + everything.url() + "\"}").post(BASE + "/hub")
                    .then().statusCode(201).extract().path("id");
            try {
                // another party neither sees nor removes it
                as(Tokens.party(b, "tmf622.write")).get(BASE + "/hub/" + subscription).then().statusCode(404);
                as(Tokens.party(b, "tmf622.write")).delete(BASE + "/hub/" + subscription).then().statusCode(404);
                as(Tokens.party(b, "tmf622.read")).get(BASE + "/hub").then().body("id", not(hasItem(subscription)));
                as(token).get(BASE + "/hub").then().body("id", contains(subscription));

                String theirs = create(system(), orderFor("PO-HUB", b));
                String mine = create(system(), orderFor("PO-HUB", a));
                String theirTask = as(Tokens.system("tmf622.write"))
                        .body("{\"productOrder\":{\"id\":\"" + theirs + "\"}}").post(BASE + "/cancelProductOrder")
                        .then().statusCode(201).extract().path("id");
                String myTask = as(token).body("{\"productOrder\":{\"id\":\"" + mine + "\"}}")
                        .post(BASE + "/cancelProductOrder").then().statusCode(201).extract().path("id");
                as(Tokens.system("tmf622.write")).delete(ORDERS + "/" + theirs).then().statusCode(204);
                as(token).delete(ORDERS + "/" + mine).then().statusCode(204);

                CallbackListener.await("every event at the system client's subscription", () ->
                        hasDelete(everything, theirs) && hasDelete(everything, mine));
                CallbackListener.await("party A's own order's events at its subscription", () -> hasDelete(listener, mine)
                        && !listener.about(myTask).isEmpty());
                assertTrue(listener.about(theirs).isEmpty() && listener.about(theirTask).isEmpty(),
                        "party A's subscription heard of party B's order: " + listener.received());
                assertTrue(!everything.about(theirs).isEmpty() && !everything.about(theirTask).isEmpty());
            } finally {
                as(token).delete(BASE + "/hub/" + subscription).then().statusCode(204);
                as(Tokens.system("tmf622.write")).delete(BASE + "/hub/" + systemSubscription).then().statusCode(204);
            }
        }
    }
}
