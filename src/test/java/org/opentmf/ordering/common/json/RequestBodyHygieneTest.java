package org.opentmf.ordering.common.json;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.createOrder;
import static org.opentmf.ordering.testing.Api.json;
import static org.opentmf.ordering.testing.Api.standardOrder;

import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentmf.ordering.testing.OrderingTest;
import org.opentmf.ordering.testing.StoredState;

import io.restassured.response.ValidatableResponse;

/**
 * The request-hygiene rules every JSON body meets before domain code runs (JsonHygiene, TmfJsonBodyReader): no
 * U+0000 anywhere, attribute limits where a column or index needs them, exactly one JSON document in strict UTF-8,
 * the right shape for each PATCH kind. Each refusal is a 400 TMF Error naming the attribute, and stores nothing.
 */
@OrderingTest
class RequestBodyHygieneTest {

    private static final String ITEM = "{\"id\":\"1\",\"action\":\"add\",\"productOffering\":{\"id\":\"PO-1\"}}";

    @Inject
    DataSource dataSource;

    private static ValidatableResponse badRequest(ValidatableResponse response) {
        return response.statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("code", equalTo("400"))
                .body("reason", equalTo("Bad Request"));
    }

    private ValidatableResponse refusedCreate(String body) {
        StoredState before = StoredState.of(dataSource, null);
        ValidatableResponse response = badRequest(json().body(body).post(BASE + "/productOrder").then());
        before.assertUnchanged(dataSource, null, body);
        return response;
    }

    private ValidatableResponse refusedCreate(byte[] body) {
        StoredState before = StoredState.of(dataSource, null);
        ValidatableResponse response = badRequest(given().contentType("application/json").body(body)
                .post(BASE + "/productOrder").then());
        before.assertUnchanged(dataSource, null, new String(body, StandardCharsets.ISO_8859_1));
        return response;
    }

    private ValidatableResponse refusedPatch(String id, String mediaType, String body) {
        StoredState before = StoredState.of(dataSource, id);
        ValidatableResponse response = badRequest(given().contentType(mediaType).body(body)
                .patch(BASE + "/productOrder/" + id).then());
        before.assertUnchanged(dataSource, id, body);
        return response;
    }

    @ParameterizedTest(name = "NUL in {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            externalId               | {"externalId":"A\\u0000B","productOrderItem":[ITEM]}                                        | externalId
            an item id               | {"productOrderItem":[{"id":"1\\u0000","action":"add"}]}                                     | productOrderItem[0].id
            a party id               | {"relatedParty":[{"id":"\\u0000","@referredType":"Individual"}],"productOrderItem":[ITEM]}  | relatedParty[0].id
            a characteristic value   | {"productOrderItem":[{"id":"1","action":"add","product":{"productCharacteristic":[{"name":"c","valueType":"string","value":"x\\u0000"}]}}]} | productOrderItem[0].product.productCharacteristic[0].value
            an extension attribute   | {"acme":{"deep":["ok","\\u0000"]},"productOrderItem":[ITEM]}                                | acme.deep[1]
            """)
    void refusesNulInAnyStringValue(String where, String body, String path) {
        refusedCreate(body.replace("ITEM", ITEM))
                .body("message", equalTo("Invalid value for '" + path + "': U+0000 (NUL) is not allowed in strings"));
    }

    @Test
    void refusesNulInAnAttributeName() {
        refusedCreate("{\"relatedParty\":[{\"id\":\"C-1\",\"x\\u0000y\":1}],\"productOrderItem\":[" + ITEM + "]}")
                .body("message", equalTo("Invalid attribute name 'x\\u0000y' in 'relatedParty[0]': U+0000 (NUL) is not allowed in strings"));
    }

    @Test
    void refusesAnUnpairedSurrogate() {
        refusedCreate("{\"description\":\"\\ud800 alone\",\"productOrderItem\":[" + ITEM + "]}")
                .body("message", startsWith("Invalid value for 'description': unpaired UTF-16 surrogate"));
    }

    @Test
    void keepsOtherUnicodeAsSent() {
        String id = createOrder("{\"description\":\"Zürich \\u2603 \\ud83d\\ude00 \\u0001\",\"productOrderItem\":[" + ITEM + "]}");
        json().get(BASE + "/productOrder/" + id).then().statusCode(200)
                .body("description", equalTo("Zürich \u2603 \ud83d\ude00 \u0001"));
    }

    @Test
    void refusesNulInAMergePatch() {
        String id = createOrder(standardOrder("1", "PO-1"));
        refusedPatch(id, "application/merge-patch+json", "{\"description\":\"a\\u0000\"}")
                .body("message", equalTo("Invalid value for 'description': U+0000 (NUL) is not allowed in strings"));
        refusedPatch(id, "application/merge-patch+json", "{\"x\\u0000\":\"a\"}")
                .body("message", startsWith("Invalid attribute name 'x\\u0000'"));
    }

    @Test
    void refusesNulInAJsonPatchValueAndPath() {
        String id = createOrder(standardOrder("1", "PO-1"));
        refusedPatch(id, "application/json-patch+json", "[{\"op\":\"add\",\"path\":\"/description\",\"value\":\"a\\u0000\"}]")
                .body("message", equalTo("Invalid value for '[0].value': U+0000 (NUL) is not allowed in strings"));
        refusedPatch(id, "application/json-patch+json", "[{\"op\":\"add\",\"path\":\"/x\\u0000\",\"value\":\"a\"}]")
                .body("message", equalTo("Invalid value for '[0].path': U+0000 (NUL) is not allowed in strings"));
    }

    @Test
    void refusesAnExternalIdOverTheLimit() {
        refusedCreate("{\"externalId\":\"" + "x".repeat(1024 * 1024) + "\",\"productOrderItem\":[" + ITEM + "]}")
                .body("message", equalTo("'externalId' is longer than the limit of 256 characters (1048576)"));
        // at the limit it is stored and can be found
        String unique = Long.toString(System.nanoTime());
        String externalId = "E".repeat(256 - unique.length()) + unique;
        createOrder("{\"externalId\":\"" + externalId + "\",\"productOrderItem\":[" + ITEM + "]}");
        json().get(BASE + "/productOrder?externalId=" + externalId).then().statusCode(200).header("X-Total-Count", "1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an item id            | {"productOrderItem":[{"id":"LONG","action":"add"}]}                                         | 'productOrderItem[0].id' is longer than the limit of 256 characters
            an offering id        | {"productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"LONG"}}]}            | 'productOrderItem[0].productOffering.id' is longer than the limit of 256 characters
            a party name          | {"relatedParty":[{"id":"C","name":"LONG"}],"productOrderItem":[ITEM]}                       | 'relatedParty[0].name' is longer than the limit of 256 characters
            an attribute name     | {"LONG":1,"productOrderItem":[ITEM]}                                                        | : longer than the limit of 256 characters
            """)
    void refusesIdentifiersAndNamesOverTheLimit(String what, String body, String message) {
        refusedCreate(body.replace("ITEM", ITEM).replace("LONG", "n".repeat(257)))
                .body("message", containsString(message));
    }

    @Test
    void refusesAJsonPatchThatPutsAnExternalIdOverTheLimit() {
        String id = createOrder(standardOrder("1", "PO-1"));
        refusedPatch(id, "application/json-patch+json",
                "[{\"op\":\"add\",\"path\":\"/externalId\",\"value\":\"" + "x".repeat(300) + "\"}]")
                .body("message", equalTo("'externalId' is longer than the limit of 256 characters (300)"));
    }

    @ParameterizedTest(name = "merge patch body {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            null        | null
            [1]         | an array
            "text"      | a string
            42          | a number
            """)
    void refusesAMergePatchThatIsNotAnObject(String body, String kind) {
        String id = createOrder(standardOrder("1", "PO-1"));
        refusedPatch(id, "application/merge-patch+json", body)
                .body("message", equalTo("Request body must be a JSON object, not " + kind));
        refusedPatch(id, "application/json", body)
                .body("message", equalTo("Request body must be a JSON object, not " + kind));
    }

    @Test
    void refusesAJsonPatchThatIsNotAnArrayOfOperations() {
        String id = createOrder(standardOrder("1", "PO-1"));
        refusedPatch(id, "application/json-patch+json", "null")
                .body("message", equalTo("A JSON Patch body must be an array of operations, not null"));
        refusedPatch(id, "application/json-patch+json", "{\"op\":\"remove\",\"path\":\"/description\"}")
                .body("message", equalTo("A JSON Patch body must be an array of operations, not an object"));
        refusedPatch(id, "application/json-patch+json", "[{\"op\":\"test\",\"path\":\"/state\",\"value\":\"acknowledged\"},null]")
                .body("message", equalTo("JSON Patch operation [1] must be an object, not null"));
    }

    @Test
    void refusesASecondDocumentAfterTheFirst() {
        String order = standardOrder("1", "PO-1");
        refusedCreate(order + order).body("message", startsWith("Unexpected content after the JSON document"));
        refusedCreate(order + " 1").body("message", startsWith("Unexpected content after the JSON document"));
        refusedCreate(order + "]").body("message", startsWith("Malformed JSON"));
        // white space after the document is no content
        json().body(order + " \n\t ").post(BASE + "/productOrder").then().statusCode(201);
        String id = createOrder(order);
        refusedPatch(id, "application/merge-patch+json", "{\"description\":\"a\"}{\"description\":\"b\"}")
                .body("message", startsWith("Unexpected content after the JSON document"));
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] overlongSlash = bytes("{\"description\":\"", new byte[] { (byte) 0xC0, (byte) 0xAF }, "\",\"productOrderItem\":[" + ITEM + "]}");
        refusedCreate(overlongSlash).body("message", startsWith("Request body is not valid UTF-8"));
        byte[] overlongNul = bytes("{\"description\":\"", new byte[] { (byte) 0xC0, (byte) 0x80 }, "\",\"productOrderItem\":[" + ITEM + "]}");
        refusedCreate(overlongNul).body("message", startsWith("Request body is not valid UTF-8"));
        byte[] truncated = bytes("{\"description\":\"", new byte[] { (byte) 0xE2, (byte) 0x82 }, "\",\"productOrderItem\":[" + ITEM + "]}");
        refusedCreate(truncated).body("message", startsWith("Request body is not valid UTF-8"));
        byte[] encodedSurrogate = bytes("{\"description\":\"", new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, "\",\"productOrderItem\":[" + ITEM + "]}");
        refusedCreate(encodedSurrogate).body("message", startsWith("Request body is not valid UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            1e999999
            -1e131072
            1e-999999
            1.5e-1001
            1e-999
            1e1000
            """)
    void refusesNumbersThatTheDatabaseCannotStore(String number) {
        refusedCreate("{\"acme\":{\"factor\":" + number + "},\"productOrderItem\":[" + ITEM + "]}")
                .body("message", equalTo("Invalid value for 'acme.factor': number out of range (at most 1000"
                        + " characters when written without an exponent)"));
    }

    @Test
    void keepsLargeAndSmallNumbersWithinTheRange() {
        String id = createOrder("{\"acme\":{\"big\":1e999,\"small\":1e-998,\"negative\":-1e998,\"long\":123456789012345678901234567890},"
                + "\"productOrderItem\":[" + ITEM + "]}");
        String body = json().get(BASE + "/productOrder/" + id).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(body.contains("\"long\":123456789012345678901234567890"), body);
    }

    @Test
    void refusesNulInAHubCallback() {
        badRequest(json().body("{\"callback\":\"http://127.0.0.1:9/\\u0000\"}").post(BASE + "/hub").then())
                .body("message", equalTo("Invalid value for 'callback': U+0000 (NUL) is not allowed in strings"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            -9999-01-01T00:00:00Z
            +10000-01-01T00:00:00Z
            0000-12-31T23:59:59Z
            """)
    void refusesDatesOutsideTheSupportedRange(String date) {
        refusedCreate("{\"requestedStartDate\":\"" + date + "\",\"productOrderItem\":[" + ITEM + "]}")
                .body("message", equalTo("Invalid value for 'requestedStartDate': expected an ISO-8601 date-time string"
                        + " such as 2026-01-31T10:15:30.000Z, from year 0001 to 9999"));
        String id = createOrder(standardOrder("1", "PO-1"));
        badRequest(json().body("{\"productOrder\":{\"id\":\"" + id + "\"},\"requestedCancellationDate\":\"" + date + "\"}")
                .post(BASE + "/cancelProductOrder").then())
                .body("message", containsString("requestedCancellationDate"));
    }

    @Test
    void acceptsTheEdgesOfTheSupportedRange() {
        String id = createOrder("{\"requestedStartDate\":\"0001-01-01T00:00:00Z\",\"requestedCompletionDate\":\"9999-12-31T23:59:59.999Z\","
                + "\"productOrderItem\":[" + ITEM + "]}");
        json().get(BASE + "/productOrder/" + id).then().statusCode(200)
                .body("requestedStartDate", equalTo("0001-01-01T00:00:00Z"))
                .body("requestedCompletionDate", equalTo("9999-12-31T23:59:59.999Z"));
    }

    private static byte[] bytes(String head, byte[] middle, String tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[h.length + middle.length + t.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(middle, 0, out, h.length, middle.length);
        System.arraycopy(t, 0, out, h.length + middle.length, t.length);
        return out;
    }
}
