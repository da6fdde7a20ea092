package org.opentmf.ordering.issuance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The record of the sales request that issued an order: stored byte for byte, readable over the API. */
@OrderingTest
class InitiatingRequestRecordTest {

    /** Odd whitespace, unusual key order, unicode escapes, empty values: all must be kept as sent. */
    static final byte[] UNUSUAL_BODY = ("{ \"relatedParty\" :\t[ {\"role\":\"customer\", \"id\":\"C-\\u00e9\","
            + " \"@referredType\":\"Individual\"} ],\r\n\n  \"description\" : \"caf\\u00e9 \\ud83d\\ude00 \u00fc\","
            + "\"acmeEmpty\":\"\", \"acmeList\":[],\n\"productOrderItem\":[ {\"productOffering\":{\"id\":\"PO-1\"},"
            + "\"action\":\"add\",\"id\":\"1\",\"product\":{\"productCharacteristic\":"
            + "[{\"name\":\"specialRequirement\",\"value\":\"\"}]}} ]   }\n  ").getBytes(StandardCharsets.UTF_8);

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Test
    void keepsTheRequestBodyByteForByte() throws Exception {
        String id = createRaw(UNUSUAL_BODY).path("id");

        assertThat(storedBody(id), equalTo(UNUSUAL_BODY));
    }

    @Test
    void servesTheRecordOfTheRequest() throws Exception {
        ExtractableResponse<Response> created = createRaw(UNUSUAL_BODY);
        String id = created.path("id");
        String href = created.path("href");

        ExtractableResponse<Response> response = json().get(BASE + "/productOrder/" + id + "/initiatingRequest")
                .then().statusCode(200).extract();
        JsonNode record = JSON.readTree(response.asString());

        assertThat(record.path("@type").asText(), equalTo("InitiatingRequest"));
        assertThat(UUID.fromString(record.path("id").asText()), notNullValue());
        assertThat(record.path("href").asText(), equalTo(href + "/initiatingRequest"));
        assertThat(record.path("productOrder").path("id").asText(), equalTo(id));
        assertThat(record.path("productOrder").path("href").asText(), equalTo(href));
        assertThat(record.path("bodySha256").asText(), equalTo(sha256(UNUSUAL_BODY)));
        assertThat(record.path("request"), equalTo(JSON.readTree(UNUSUAL_BODY)));
        OffsetDateTime receivedAt = OffsetDateTime.parse(record.path("receivedAt").asText());
        OffsetDateTime orderDate = OffsetDateTime.parse(created.path("orderDate"));
        assertThat(receivedAt, lessThanOrEqualTo(orderDate));
        assertThat(record.path("items").size(), equalTo(1));
        assertThat(record.path("items").get(0).path("itemId").asText(), equalTo("1"));
        assertThat(record.path("items").get(0).path("classification").asText(), equalTo("offTheShelf"));
        assertThat(record.path("items").get(0).path("specialHandling").asBoolean(true), equalTo(false));
        assertThat(record.has("idempotencyKey"), equalTo(false));
    }

    @Test
    void answersNotFoundForTheRecordOfAnUnknownOrder() {
        json().get(BASE + "/productOrder/" + UUID.randomUUID() + "/initiatingRequest").then()
                .statusCode(404).body("@type", equalTo("Error")).body("code", equalTo("404"))
                .body("reason", notNullValue());
    }

    @Test
    void answersNotFoundForTheRecordOfAMalformedOrderId() {
        json().get(BASE + "/productOrder/not-a-uuid/initiatingRequest").then()
                .statusCode(404).body("@type", equalTo("Error")).body("code", equalTo("404"));
    }

    @Test
    void ignoresServerOwnedValuesSentByTheClient() {
        ExtractableResponse<Response> created = json().body("""
                {"id":"client-chosen","href":"https://evil.example/po/1","state":"completed",
                 "orderDate":"2001-01-01T00:00:00.000Z","completionDate":"2001-01-02T00:00:00.000Z",
                 "productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"},
                   "state":"completed"}]}""").post(BASE + "/productOrder").then().statusCode(201).extract();
        String id = created.path("id");

        assertThat(id, matchesPattern("[0-9a-f-]{36}"));
        for (var order : new io.restassured.path.json.JsonPath[] { created.jsonPath(), Issued.order(id) }) {
            assertThat(order.getString("id"), equalTo(id));
            assertThat(order.getString("href"), not(equalTo("https://evil.example/po/1")));
            assertThat(order.getString("state"), equalTo("acknowledged"));
            assertThat(order.getString("orderDate"), not(equalTo("2001-01-01T00:00:00.000Z")));
            assertThat(order.getString("completionDate"), nullValue());
            assertThat(order.getString("productOrderItem[0].state"), equalTo("acknowledged"));
        }
    }

    @Test
    void keepsExtensionAttributesOnCreateAndRead() throws Exception {
        ExtractableResponse<Response> created = json().body("""
                {"@type":"AcmeProductOrder","@baseType":"ProductOrder","acmeField":{"a":[1,2]},
                 "relatedParty":[{"id":"C-1","@referredType":"Individual","acmeField":{"a":[1,2]}}],
                 "productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"},
                   "acmeField":{"a":[1,2]}}]}""").post(BASE + "/productOrder").then().statusCode(201).extract();
        String id = created.path("id");
        JsonNode expected = JSON.readTree("{\"a\":[1,2]}");

        for (String body : new String[] { created.asString(),
                json().get(BASE + "/productOrder/" + id).then().statusCode(200).extract().asString() }) {
            JsonNode order = JSON.readTree(body);
            assertThat(order.path("@type").asText(), equalTo("AcmeProductOrder"));
            assertThat(order.path("acmeField"), equalTo(expected));
            assertThat(order.path("relatedParty").get(0).path("acmeField"), equalTo(expected));
            assertThat(order.path("productOrderItem").get(0).path("acmeField"), equalTo(expected));
        }
    }

    private static ExtractableResponse<Response> createRaw(byte[] body) {
        return json().body(body).post(BASE + "/productOrder").then().statusCode(201).extract();
    }

    private byte[] storedBody(String orderId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select body from initiating_request where order_id = ?")) {
            query.setObject(1, UUID.fromString(orderId));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next(), equalTo(true));
                return row.getBytes(1);
            }
        }
    }

    static String sha256(byte[] body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    }
}
