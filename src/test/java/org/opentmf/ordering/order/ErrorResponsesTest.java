package org.opentmf.ordering.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.create;
import static org.opentmf.ordering.testing.Api.json;
import static org.opentmf.ordering.testing.Api.standardOrder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentmf.ordering.testing.OrderingTest;

import io.restassured.response.ValidatableResponse;

/** Every 4xx is a TMF Error with the right status; no stack traces, class names or SQL. */
@OrderingTest
class ErrorResponsesTest {

    private static ValidatableResponse isTmfError(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(containsString("application/json"))
                .body("'@type'", equalTo("Error"))
                .body("code", equalTo(String.valueOf(status)))
                .body("status", equalTo(String.valueOf(status)))
                .body("reason", not(equalTo("")))
                .body("message", not(containsString("Exception")))
                .body("message", not(containsString("org.")))
                .body("message", not(containsString("SQL")));
    }

    @Test
    void malformedJsonIsABadRequest() {
        isTmfError(create("{\"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\"}"), 400)
                .body("message", containsString("Malformed JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            number for a string          | "priority":1                                         | priority
            boolean for a string         | "category":true                                      | category
            number for a date-time       | "requestedCompletionDate":1700000000                 | requestedCompletionDate
            text that is no date-time    | "requestedCompletionDate":"tomorrow"                 | requestedCompletionDate
            string for an integer        | "productOrderItem":[{"id":"1","action":"add","quantity":"2"}] | quantity
            number for an item id        | "productOrderItem":[{"id":1,"action":"add"}]         | productOrderItem[0].id
            object for an array          | "note":{"text":"x"}                                  | note
            """)
    void wrongTypesAreRefusedNotCoerced(String what, String member, String field) {
        String body = member.startsWith("\"productOrderItem\"")
                ? "{" + member + "}"
                : "{" + member + ",\"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\"}]}";
        isTmfError(create(body), 400).body("message", containsString(field));
    }

    @Test
    void aBodyThatIsNotAnObjectIsABadRequest() {
        isTmfError(create("[1,2,3]"), 400);
        isTmfError(create("\"text\""), 400);
        isTmfError(create(""), 400);
    }

    @Test
    void unknownPathsAreNotFound() {
        isTmfError(json().get(BASE + "/productOrdr").then(), 404);
        isTmfError(json().get("/no/such/thing").then(), 404);
    }

    @Test
    void wrongMethodsAreNotAllowed() {
        isTmfError(json().body(standardOrder("1", "P")).put(BASE + "/productOrder").then(), 405);
        isTmfError(json().post(BASE + "/productOrder/3f1b7c52-0000-4000-8000-000000000000").then(), 405);
    }

    @Test
    void unsupportedMediaTypesAreRefused() {
        isTmfError(given().contentType("text/plain").body("hello").post(BASE + "/productOrder").then(), 415);
        isTmfError(given().contentType("application/xml").body("<a/>").post(BASE + "/productOrder").then(), 415);
    }

    @Test
    void bodiesOverTheLimitAreTooLarge() {
        StringBuilder big = new StringBuilder("{\"description\":\"");
        big.append("x".repeat(5 * 1024 * 1024 + 10)).append("\",\"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\"}]}");
        isTmfError(create(big.toString()), 413);
        // and the server still serves the next request
        create(standardOrder("1", "PO-1")).statusCode(201);
    }

    /** A body whose deepest value sits {@code depth} levels down (the body object itself is level 1). */
    static String nestedOrder(int depth) {
        return "{\"acme\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1)
                + ",\"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\"}]}";
    }

    /** ordering.http.max-json-depth, default 64 (a changed value: ConfiguredLimitsTest). */
    @Test
    void nestingUpToTheConfiguredDepthIsAcceptedOneMoreIsABadRequest() {
        create(nestedOrder(64)).statusCode(201);
        isTmfError(create(nestedOrder(65)), 400)
                .body("message", equalTo("Request body is nested too deeply or too large"));
        isTmfError(create(nestedOrder(5000)), 400)
                .body("message", equalTo("Request body is nested too deeply or too large"));
        create(standardOrder("1", "PO-1")).statusCode(201);
    }

    /**
     * Above quarkus.http.limits.max-body-size (64M) the HTTP layer itself refuses the body, whatever
     * ordering.http.max-body-bytes says: it answers 413 from the Content-Length alone, before a byte of the body
     * is read (the client waits for "100 Continue" and never has to send the 64 MiB).
     */
    @Test
    void bodiesOverTheHardCapAreRefusedBeforeTheyAreRead() throws Exception {
        java.net.URI uri = java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + BASE + "/productOrder");
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        long hardCap = 64L * 1024 * 1024;
        java.net.http.HttpResponse<String> over = client.send(java.net.http.HttpRequest.newBuilder(uri)
                .expectContinue(true)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                        java.net.http.HttpRequest.BodyPublishers.ofString("x"), hardCap + 1))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(413, over.statusCode(), over.body());
        create(standardOrder("1", "PO-1")).statusCode(201);
    }
}
