package org.opentmf.ordering.events;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.events.CallbackListener.await;
import static org.opentmf.ordering.testing.Api.json;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;

/** Retries with backoff, in-order delivery after recovery, dead letters and their replay (max-attempts=4 in %test). */
@OrderingTest
class DeliveryRetryTest {

    @Inject
    Event<TmfEvent> bus;

    CallbackListener listener;

    @BeforeEach
    void startListener() {
        listener = CallbackListener.start();
    }

    @AfterEach
    void stopListener() {
        Hub.unregisterAll();
        listener.close();
    }

    @Test
    void aSubscriberThatRecoversReceivesEverythingInOrder() {
        Hub.subscribe(listener.url(), null);
        listener.failNext(3); // the first delivery fails three times, then its fourth (last) attempt succeeds
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            var order = Fire.order(id, "inProgress").put("description", "step-" + i);
            Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE, order, "description"));
        }

        await("five events", () -> listener.about(id).size() == 5);
        assertEquals(IntStream.range(0, 5).mapToObj(i -> "step-" + i).toList(), listener.about(id).stream()
                .map(e -> e.path("event").path("productOrder").path("description").asText()).toList());
        assertEquals(3, listener.refusedCount());
    }

    @Test
    void parksAnEventAfterTheLastAttemptAndReplaysItOnRequest() {
        String subscription = Hub.subscribe(listener.url(), null);
        listener.failNext(Integer.MAX_VALUE);
        String id = UUID.randomUUID().toString();
        Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(id, "failed"), null));

        await("a dead letter", () -> deadLetters(subscription).size() == 1);
        var dead = json().queryParam("subscriptionId", subscription).get(Api.BASE + "/admin/deadLetter").then()
                .statusCode(200)
                .body("[0].eventType", equalTo(TmfEvent.PRODUCT_ORDER_STATE_CHANGE))
                .body("[0].resourceId", equalTo(id))
                .body("[0].attempts", equalTo(4))
                .body("[0].lastError", equalTo("HTTP 503"))
                .extract();
        String deadId = dead.path("[0].id");
        String eventId = dead.path("[0].eventId");
        assertEquals(4, listener.refusedCount());
        assertTrue(listener.about(id).isEmpty());

        // a later event of the same order is not held back by the dead letter
        listener.failNext(0);
        Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(id, "acknowledged"), null));
        await("the later event", () -> listener.about(id).size() == 1);

        json().post(Api.BASE + "/admin/deadLetter/" + deadId + "/replay").then().statusCode(200).body("replayed", equalTo(1));
        await("the replayed event", () -> listener.about(id).size() == 2);
        assertEquals(eventId, listener.about(id).get(1).path("eventId").asText()); // same eventId: de-duplicable
        json().queryParam("subscriptionId", subscription).get(Api.BASE + "/admin/deadLetter").then().statusCode(200)
                .body("$", hasSize(0));
        json().post(Api.BASE + "/admin/deadLetter/" + deadId + "/replay").then().statusCode(404)
                .body("message", equalTo("DeadLetter with id '" + deadId + "' does not exist"));
    }

    @Test
    void replaysEveryDeadLetterOfASubscription() {
        String subscription = Hub.subscribe(listener.url(), null);
        listener.failNext(Integer.MAX_VALUE);
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(a, "failed"), null),
                Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(b, "failed"), null));
        await("two dead letters", () -> deadLetters(subscription).size() == 2);

        listener.failNext(0);
        json().queryParam("subscriptionId", subscription).post(Api.BASE + "/admin/deadLetter/replay").then()
                .statusCode(200).body("replayed", equalTo(2));
        await("both replayed", () -> listener.about(a).size() == 1 && listener.about(b).size() == 1);
        json().queryParam("subscriptionId", "not-a-uuid").get(Api.BASE + "/admin/deadLetter").then().statusCode(400)
                .body("message", equalTo("subscriptionId is not a subscription id: not-a-uuid"));
    }

    private static List<Object> deadLetters(String subscription) {
        return json().queryParam("subscriptionId", subscription).get(Api.BASE + "/admin/deadLetter").then()
                .statusCode(200).extract().jsonPath().getList("$");
    }
}
