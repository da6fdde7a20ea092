package org.opentmf.ordering.events.hub;

import java.util.UUID;

/**
 * A registered listener: where to POST, which events it wants (null query: all), and the API version it
 * registered through (its notifications are written in that version).
 */
public record HubSubscription(UUID id, String callback, String query, String apiVersion) {

    public static final String V4 = "v4";
}
