package org.opentmf.ordering.events;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.opentmf.ordering.testing.Api.json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;

@OrderingTest
class HubSubscriptionTest {

    @AfterEach
    void cleanUp() {
        Hub.unregisterAll();
    }

    @Test
    void registersReadsListsAndRemovesAListener() {
        String query = "eventType=ProductOrderStateChangeEvent&event.productOrder.state=completed";
        var created = Hub.register("http://127.0.0.1:9/listener", query)
                .statusCode(201)
                .body("id", notNullValue())
                .body("callback", equalTo("http://127.0.0.1:9/listener"))
                .body("query", equalTo(query))
                .extract();
        String id = created.path("id");
        String href = created.path("href");
        org.junit.jupiter.api.Assertions.assertEquals(href, created.header("Location"));
        org.junit.jupiter.api.Assertions.assertTrue(href.startsWith("http") && href.endsWith(Api.BASE + "/hub/" + id));

        json().get(Api.BASE + "/hub/" + id).then().statusCode(200).body("callback", equalTo("http://127.0.0.1:9/listener"));
        json().get(Api.BASE + "/hub").then().statusCode(200).body("id", hasItem(id));
        json().delete(Api.BASE + "/hub/" + id).then().statusCode(204);
        json().get(Api.BASE + "/hub/" + id).then().statusCode(404).body("code", notNullValue());
        json().delete(Api.BASE + "/hub/" + id).then().statusCode(404)
                .body("message", equalTo("EventSubscription with id '" + id + "' does not exist"));
    }

    @Test
    void refusesACallbackThatIsNotAnAbsoluteHttpUrl() {
        Hub.register("/relative/listener", null).statusCode(400).body("message", containsString("absolute http"));
        Hub.register("ftp://127.0.0.1/listener", null).statusCode(400)
                .body("message", equalTo("callback must be an absolute http or https URL"));
        Hub.register("not a url", null).statusCode(400).body("message", equalTo("callback is not a valid URL"));
        json().body("{\"query\":\"eventType=ProductOrderCreateEvent\"}").post(Api.BASE + "/hub").then().statusCode(400)
                .body("message", equalTo("callback is required"));
    }

    @Test
    void refusesACallbackWithAPortNoConnectionCanUse() {
        Hub.register("http://127.0.0.1:99999/", null).statusCode(400)
                .body("message", equalTo("callback port must be from 1 to 65535"));
        Hub.register("http://127.0.0.1:0/listener", null).statusCode(400)
                .body("message", equalTo("callback port must be from 1 to 65535"));
        Hub.register("http://127.0.0.1:/listener", null).statusCode(400)
                .body("message", equalTo("callback port must be from 1 to 65535"));
        Hub.subscribe("http://127.0.0.1:65535/listener", null); // removed again after the test: a catch-all listener that never answers would hold every later event in the outbox
    }

    @Test
    void refusesACallbackWithAFragmentOrOverTheLengthLimit() {
        Hub.register("http://127.0.0.1:9/listener#part", null).statusCode(400)
                .body("message", equalTo("callback must not carry a fragment"));
        Hub.register("http://127.0.0.1:9/" + "x".repeat(2048), null).statusCode(400)
                .body("message", equalTo("'callback' is longer than the limit of 2048 characters (2067)"));
    }

    @Test
    void refusesLinkLocalAndCloudMetadataCallbacks() {
        Hub.register("http://169.254.169.254/latest/meta-data", null).statusCode(400)
                .body("message", containsString("link-local"));
        Hub.register("http://169.254.10.1:8080/x", null).statusCode(400)
                .body("message", equalTo("callback host '169.254.10.1' is a link-local or cloud metadata address"));
        Hub.register("http://[fd00:ec2::254]/latest", null).statusCode(400)
                .body("message", equalTo("callback host 'fd00:ec2::254' is a link-local or cloud metadata address"));
    }

    @Test
    void refusesAnInvalidQuery() {
        Hub.register("http://127.0.0.1:9/l", "eventType=ProductOrderExplodedEvent").statusCode(400)
                .body("message", containsString("eventType"));
        Hub.register("http://127.0.0.1:9/l", "event.productOrder.noSuchAttribute=1").statusCode(400)
                .body("message", equalTo("Invalid query: Unknown attribute 'noSuchAttribute' in query"));
        Hub.register("http://127.0.0.1:9/l", "event.productOrder.orderDate.gt=yesterday").statusCode(400)
                .body("message", equalTo("Invalid query: Invalid date-time 'yesterday' for 'orderDate.gt' (expected ISO-8601"
                        + " with offset, e.g. 2026-01-31T10:00:00Z, or a date, e.g. 2026-01-31)"));
        Hub.register("http://127.0.0.1:9/l", "state=completed").statusCode(400)
                .body("message", equalTo("Invalid query: Unknown attribute 'state' in subscription query: use eventType=..."
                        + " and event.productOrder.<attribute>=... or event.cancelProductOrder.<attribute>=..."));
        Hub.register("http://127.0.0.1:9/l",
                "event.productOrder.state=completed&event.cancelProductOrder.state=done").statusCode(400)
                .body("message", equalTo("Invalid query: A subscription query filters either event.productOrder or"
                        + " event.cancelProductOrder, not both (an event carries one of them)"));
        Hub.register("http://127.0.0.1:9/l", "event.productOrder.note.text=a#b").statusCode(400)
                .body("message", equalTo("Invalid query: Malformed query string: '#' must be percent-encoded (%23)"));
    }
}
