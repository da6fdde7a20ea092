package org.opentmf.ordering.events.dispatch;

import java.time.Duration;

/**
 * Told about every finished delivery attempt, on the sending thread (keep it quick). The events package owns
 * this interface so that whoever counts deliveries (operations metrics) plugs in without the dispatcher knowing
 * them.
 */
public interface DeliveryObserver {

    /**
     * @param delivery     the delivery attempted
     * @param outcome      how the attempt ended
     * @param sinceEvent   from the event's time to now (for a success: the event-to-delivery latency)
     * @param deadLettered true when this failed attempt was the last one: the delivery is now a dead letter
     */
    void attempted(Delivery delivery, DeliveryOutcome outcome, Duration sinceEvent, boolean deadLettered);

    DeliveryObserver NONE = (delivery, outcome, sinceEvent, deadLettered) -> {
    };
}
