package org.opentmf.ordering.events.dispatch;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A delivery claimed by one dispatcher: one event for one subscriber, with what is needed to POST it, including the
 * API version the subscriber registered through, and the W3C traceparent of the change that caused the event (null
 * when it had none).
 */
public record Delivery(long id, int attempts, String callback, UUID eventId, String eventType, OffsetDateTime eventTime,
        String resourceKey, String fieldPath, String resource, String resourceId, String apiVersion, UUID subscriptionId,
        String traceParent) {
}
