package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.events.CallbackListener.await;
import static org.opentmf.ordering.testing.Api.json;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;

import com.fasterxml.jackson.databind.JsonNode;

@OrderingTest
class EventNotificationTest {

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
    void notifiesOrderCreationAndDeletionWithTheOrder() {
        Hub.subscribe(listener.url(), null);
        String id = Api.createOrder(Api.standardOrder("1", "OFF-1"));
        json().delete(Api.BASE + "/productOrder/" + id).then().statusCode(204);

        await("create and delete events", () -> listener.about(id).size() == 2);
        List<JsonNode> events = listener.about(id);
        JsonNode create = events.get(0);
        JsonNode delete = events.get(1);
        assertEquals(TmfEvent.PRODUCT_ORDER_CREATE, create.path("eventType").asText());
        assertEquals(TmfEvent.PRODUCT_ORDER_DELETE, delete.path("eventType").asText());
        for (JsonNode e : events) {
            UUID.fromString(e.path("eventId").asText());
            OffsetDateTime.parse(e.path("eventTime").asText());
            JsonNode order = e.path("event").path("productOrder");
            assertEquals(id, order.path("id").asText());
            assertTrue(order.path("href").asText().endsWith("/productOrder/" + id));
            assertEquals("1", order.path("productOrderItem").path(0).path("id").asText());
            assertFalse(order.path("state").asText().isEmpty());
        }
        assertNotEquals(create.path("eventId"), delete.path("eventId"));
    }

    @Test
    void notifiesEveryOtherEventTypeWithItsResourceAndFieldPath() {
        Hub.subscribe(listener.url(), null);
        String order = UUID.randomUUID().toString();
        String cancel = UUID.randomUUID().toString();
        Fire.events(bus,
                Fire.onOrder(TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE, Fire.order(order, "acknowledged"), "description"),
                Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(order, "inProgress"), null),
                Fire.onOrder(TmfEvent.PRODUCT_ORDER_INFORMATION_REQUIRED, Fire.order(order, "pending"),
                        "productOrderItem[?(@.id=='1')].product"));
        Fire.events(bus,
                Fire.onCancellation(TmfEvent.CANCEL_PRODUCT_ORDER_CREATE, Fire.cancellation(cancel, "acknowledged"), null),
                Fire.onCancellation(TmfEvent.CANCEL_PRODUCT_ORDER_STATE_CHANGE, Fire.cancellation(cancel, "inProgress"), null),
                Fire.onCancellation(TmfEvent.CANCEL_PRODUCT_ORDER_INFORMATION_REQUIRED,
                        Fire.cancellation(cancel, "pending"), "requestedCancellationDate"));

        await("three order events", () -> listener.about(order).size() == 3);
        await("three cancellation events", () -> listener.about(cancel).size() == 3);
        List<JsonNode> o = listener.about(order);
        assertEquals(List.of(TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE, TmfEvent.PRODUCT_ORDER_STATE_CHANGE,
                TmfEvent.PRODUCT_ORDER_INFORMATION_REQUIRED), o.stream().map(e -> e.path("eventType").asText()).toList());
        assertEquals("description", o.get(0).path("fieldPath").asText());
        assertTrue(o.get(1).path("fieldPath").isMissingNode());
        assertEquals("productOrderItem[?(@.id=='1')].product", o.get(2).path("fieldPath").asText());
        assertEquals(List.of("acknowledged", "inProgress", "pending"),
                o.stream().map(e -> e.path("event").path("productOrder").path("state").asText()).toList());

        List<JsonNode> c = listener.about(cancel);
        assertEquals(List.of(TmfEvent.CANCEL_PRODUCT_ORDER_CREATE, TmfEvent.CANCEL_PRODUCT_ORDER_STATE_CHANGE,
                TmfEvent.CANCEL_PRODUCT_ORDER_INFORMATION_REQUIRED), c.stream().map(e -> e.path("eventType").asText()).toList());
        assertEquals("pending", c.get(2).path("event").path("cancelProductOrder").path("state").asText());
        assertEquals("requestedCancellationDate", c.get(2).path("fieldPath").asText());
        assertTrue(c.get(0).path("event").path("productOrder").isMissingNode());
    }

    @Test
    void sendsOnlyTheEventsTheQuerySelects() {
        try (CallbackListener everything = CallbackListener.start()) {
            Hub.subscribe(listener.url(), "eventType=ProductOrderStateChangeEvent,ProductOrderDeleteEvent"
                    + "&event.productOrder.state=completed,cancelled");
            Hub.subscribe(everything.url(), null);
            String id = UUID.randomUUID().toString();
            Fire.events(bus,
                    Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(id, "inProgress"), null),
                    Fire.onOrder(TmfEvent.PRODUCT_ORDER_ATTRIBUTE_VALUE_CHANGE, Fire.order(id, "completed"), "note"),
                    Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(id, "completed"), null),
                    Fire.onCancellation(TmfEvent.CANCEL_PRODUCT_ORDER_STATE_CHANGE, Fire.cancellation(id, "completed"), null),
                    Fire.onOrder(TmfEvent.PRODUCT_ORDER_DELETE, Fire.order(id, "cancelled"), null));

            await("every event at the catch-all subscriber", () -> everything.about(id).size() == 5);
            // events of one order arrive in order: once the last matching one is in, nothing else is coming
            await("the last matching event", () -> listener.about(id).stream()
                    .anyMatch(e -> e.path("eventType").asText().equals(TmfEvent.PRODUCT_ORDER_DELETE)));
            assertEquals(List.of(TmfEvent.PRODUCT_ORDER_STATE_CHANGE + ":completed", TmfEvent.PRODUCT_ORDER_DELETE + ":cancelled"),
                    listener.about(id).stream().map(e -> e.path("eventType").asText() + ":"
                            + e.path("event").path("productOrder").path("state").asText()).toList());
        }
    }

    @Test
    void doesNotSendEventsFromBeforeTheSubscription() {
        String id = UUID.randomUUID().toString();
        Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(id, "inProgress"), null));
        Hub.subscribe(listener.url(), null);
        Fire.events(bus, Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(id, "completed"), null));

        await("the event after subscribing", () -> !listener.about(id).isEmpty());
        assertEquals(List.of("completed"), listener.about(id).stream()
                .map(e -> e.path("event").path("productOrder").path("state").asText()).toList());
    }

    @Test
    void refusesAnEventFiredOutsideATransaction() {
        String id = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class,
                () -> bus.fire(Fire.onOrder(TmfEvent.PRODUCT_ORDER_STATE_CHANGE, Fire.order(id, "inProgress"), null)));
    }
}
