package org.opentmf.ordering.api.v5;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.opentmf.ordering.testing.Api.BASE_V5;
import static org.opentmf.ordering.testing.Api.json;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

/** The v5 hub: registration needs @type Hub and a callback; our GET extensions; DELETE. */
@OrderingTest
class V5HubTest {

    @Test
    void registersReadsListsAndRemovesAListener() {
        String id = json().body("{\"@type\":\"Hub\",\"callback\":\"http://127.0.0.1:9/listener\"}")
                .post(BASE_V5 + "/hub").then().statusCode(201)
                .header("Location", containsString(BASE_V5 + "/hub/"))
                .body("@type", equalTo("Hub"))
                .body("callback", equalTo("http://127.0.0.1:9/listener"))
                .extract().path("id");
        json().get(BASE_V5 + "/hub/" + id).then().statusCode(200).body("href", containsString(BASE_V5 + "/hub/" + id));
        json().get(BASE_V5 + "/hub").then().statusCode(200).body("id", hasItem(id));
        json().delete(BASE_V5 + "/hub/" + id).then().statusCode(204);
        json().get(BASE_V5 + "/hub/" + id).then().statusCode(404);
    }

    @Test
    void refusesARegistrationWithoutTypeOrCallback() {
        json().body("{\"callback\":\"http://127.0.0.1:9/listener\"}").post(BASE_V5 + "/hub").then().statusCode(400)
                .body("message", containsString("@type"));
        json().body("{\"@type\":\"Hub\"}").post(BASE_V5 + "/hub").then().statusCode(400)
                .body("message", containsString("callback"));
    }
}
