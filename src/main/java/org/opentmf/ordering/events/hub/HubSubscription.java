package org.opentmf.ordering.events.hub;

import java.util.UUID;

/** A registered listener: where to POST, and which events it wants (null query: all). */
public record HubSubscription(UUID id, String callback, String query) {
}
