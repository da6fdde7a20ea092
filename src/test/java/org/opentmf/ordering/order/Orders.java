package org.opentmf.ordering.order;

import static io.restassured.RestAssured.given;
import static org.opentmf.ordering.testing.Api.BASE;

import io.restassured.response.ValidatableResponse;

/** PATCH conversations about one order, for the lifecycle tests. */
public final class Orders {

    public static final String MERGE = "application/merge-patch+json";
    public static final String JSON_PATCH = "application/json-patch+json";

    /** Two items, "1" and "2", both acknowledged. */
    public static final String TWO_ITEMS = """
            {"productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"}},
                                 {"id":"2","action":"add","productOffering":{"id":"PO-2"}}],
             "relatedParty":[{"id":"C-1","@referredType":"Individual","role":"customer"}]}""";

    private Orders() {
    }

    public static ValidatableResponse patch(String id, String mediaType, String body) {
        return given().contentType(mediaType).accept("application/json").body(body)
                .patch(BASE + "/productOrder/" + id).then();
    }

    public static ValidatableResponse merge(String id, String body) {
        return patch(id, MERGE, body);
    }

    public static ValidatableResponse jsonPatch(String id, String body) {
        return patch(id, JSON_PATCH, body);
    }

    public static ValidatableResponse setState(String id, String state) {
        return merge(id, "{\"state\":\"" + state + "\"}");
    }

    public static ValidatableResponse setItemState(String id, int index, String state) {
        return jsonPatch(id, "[{\"op\":\"replace\",\"path\":\"/productOrderItem/" + index + "/state\",\"value\":\""
                + state + "\"}]");
    }

    public static ValidatableResponse get(String id) {
        return given().accept("application/json").get(BASE + "/productOrder/" + id).then();
    }

    /** Drives a fresh order along the allowed path to {@code state} (a path for every non-derived state). */
    public static void drive(String id, String state) {
        for (String step : path(state)) {
            setState(id, step).statusCode(200);
        }
    }

    public static String[] path(String state) {
        return switch (state) {
            case "acknowledged" -> new String[0];
            case "pending", "rejected", "inProgress" -> new String[] { state };
            case "held", "completed", "failed", "assessingCancellation" -> new String[] { "inProgress", state };
            case "pendingCancellation" -> new String[] { "inProgress", "assessingCancellation", state };
            case "cancelled" -> new String[] { "inProgress", "held", state };
            default -> throw new IllegalArgumentException(state);
        };
    }
}
