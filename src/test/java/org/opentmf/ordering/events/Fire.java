package org.opentmf.ordering.events;

import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Fires TmfEvents the way services do: synchronously, inside a transaction of their own. */
final class Fire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fire() {
    }

    static ObjectNode order(String id, String state) {
        return JSON.createObjectNode().put("id", id).put("href", "http://localhost/productOrder/" + id).put("state", state);
    }

    static ObjectNode cancellation(String id, String state) {
        ObjectNode c = JSON.createObjectNode().put("id", id).put("state", state);
        c.putObject("productOrder").put("id", "order-of-" + id);
        return c;
    }

    static void events(Event<TmfEvent> bus, TmfEvent... events) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (TmfEvent e : events) {
                bus.fire(e);
            }
        });
    }

    static TmfEvent onOrder(String type, ObjectNode order, String fieldPath) {
        return new TmfEvent(type, TmfEvent.PRODUCT_ORDER, order.get("id").asText(), order, fieldPath);
    }

    static TmfEvent onCancellation(String type, ObjectNode cancellation, String fieldPath) {
        return new TmfEvent(type, TmfEvent.CANCEL_PRODUCT_ORDER, cancellation.get("id").asText(), cancellation, fieldPath);
    }
}
