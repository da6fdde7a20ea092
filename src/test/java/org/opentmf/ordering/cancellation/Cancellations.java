package org.opentmf.ordering.cancellation;

import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;

import io.restassured.response.ValidatableResponse;

/** cancelProductOrder conversations. */
final class Cancellations {

    private Cancellations() {
    }

    static ValidatableResponse request(String body) {
        return json().body(body).post(BASE + "/cancelProductOrder").then();
    }

    static ValidatableResponse cancel(String orderId, String reason) {
        return request("{\"productOrder\":{\"id\":\"" + orderId + "\",\"@referredType\":\"ProductOrder\"},"
                + "\"cancellationReason\":\"" + reason + "\"}");
    }

    static ValidatableResponse cancelAt(String orderId, String requestedCancellationDate) {
        return request("{\"productOrder\":{\"id\":\"" + orderId + "\"},\"cancellationReason\":\"later\","
                + "\"requestedCancellationDate\":\"" + requestedCancellationDate + "\"}");
    }

    static ValidatableResponse get(String taskId) {
        return json().get(BASE + "/cancelProductOrder/" + taskId).then();
    }

    static String state(String taskId) {
        return get(taskId).statusCode(200).extract().path("state");
    }
}
