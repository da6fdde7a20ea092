package org.opentmf.ordering.events.dispatch;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.opentmf.ordering.common.error.TmfException;

/** Operator view of deliveries that failed every attempt: list them, and replay them (fresh attempts). */
@ApplicationScoped
public class DeadLetters {

    public static final String RESOURCE = "DeadLetter";

    @Inject
    DeliveryStore store;

    @Inject
    EventDispatcher dispatcher;

    public List<DeadLetter> list(String subscriptionId, int offset, int limit) {
        return store.deadLetters(subscription(subscriptionId), offset, limit);
    }

    public int replay(String id) {
        long deliveryId;
        try {
            deliveryId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw TmfException.notFound(RESOURCE, id);
        }
        int n = store.replay(deliveryId, null);
        if (n == 0) {
            throw TmfException.notFound(RESOURCE, id);
        }
        dispatcher.wake();
        return n;
    }

    public int replayAll(String subscriptionId) {
        int n = store.replay(null, subscription(subscriptionId));
        dispatcher.wake();
        return n;
    }

    private static UUID subscription(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw TmfException.badRequest("subscriptionId is not a subscription id: " + id.replaceAll("\\p{Cntrl}", "?"));
        }
    }
}
