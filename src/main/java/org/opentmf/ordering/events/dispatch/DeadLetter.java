package org.opentmf.ordering.events.dispatch;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A delivery that failed max-attempts times and is parked until an operator replays it. */
public record DeadLetter(long id, UUID subscriptionId, String callback, UUID eventId, String eventType,
        OffsetDateTime eventTime, String resourceId, int attempts, OffsetDateTime lastAttemptAt, String lastError) {
}
