package org.opentmf.ordering.events;

import static org.opentmf.ordering.testing.Api.json;

import java.util.ArrayList;
import java.util.List;

import org.opentmf.ordering.testing.Api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.ValidatableResponse;

/** /hub helpers for the event tests. */
final class Hub {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> registered = new ArrayList<>();

    private Hub() {
    }

    static ValidatableResponse register(String callback, String query) {
        ObjectNode body = JSON.createObjectNode().put("callback", callback);
        if (query != null) {
            body.put("query", query);
        }
        return json().body(body.toString()).post(Api.BASE + "/hub").then();
    }

    /** Subscribes and returns the subscription id (removed again by {@link #unregisterAll()}). */
    static String subscribe(String callback, String query) {
        String id = register(callback, query).statusCode(201).extract().path("id");
        registered.add(id);
        return id;
    }

    static void unregister(String id) {
        json().delete(Api.BASE + "/hub/" + id).then().statusCode(204);
    }

    static void unregisterAll() {
        for (String id : registered) {
            json().delete(Api.BASE + "/hub/" + id);
        }
        registered.clear();
    }
}
