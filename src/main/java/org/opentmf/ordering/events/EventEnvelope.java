package org.opentmf.ordering.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How one API version writes a notification. Events are recorded once, with the resource in its stored shape; each
 * delivery is written for its subscriber's version ({@code hub_subscription.api_version}) when it is sent. An API
 * edge implements this for its version as a CDI bean; a version without one gets the v4 envelope.
 */
public interface EventEnvelope {

    /** The API version this writes, as stored for a subscription: {@code v4}, {@code v5}. */
    String apiVersion();

    /** The notification body. {@code resource} is the stored resource (not to be modified). */
    ObjectNode write(Notification notification);

    /** What is known of one event when it is delivered. */
    record Notification(UUID eventId, String eventType, OffsetDateTime eventTime, String resourceKey, String resourceId,
            String fieldPath, ObjectNode resource) {
    }
}
