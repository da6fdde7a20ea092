package org.opentmf.ordering.issuance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;
import static org.opentmf.ordering.testing.Api.standardOrder;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** A retried create with the same Idempotency-Key and body issues nothing new. */
@OrderingTest
class IdempotentIssuanceTest {

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void replaysTheOrderForTheSameKeyAndBody() throws Exception {
        String key = UUID.randomUUID().toString();
        String offering = "PO-" + key;
        String body = standardOrder("1", offering);

        ExtractableResponse<Response> first = post(key, body).then().statusCode(201).extract();
        ExtractableResponse<Response> second = post(key, body).then().statusCode(200).extract();

        String id = first.path("id");
        assertThat(second.path("id"), equalTo(id));
        assertThat(second.header("Location"), equalTo(first.header("Location")));
        assertThat(second.path("state"), equalTo("acknowledged"));
        assertThat(second.path("productOrderItem[0].id"), equalTo("1"));
        assertThat(ordersFor(offering), equalTo(1));
        json().get(BASE + "/productOrder/" + id + "/initiatingRequest").then().statusCode(200)
                .body("idempotencyKey", equalTo(key));
    }

    @Test
    void replaysTheOrderAsItIsNow() {
        String key = UUID.randomUUID().toString();
        String body = """
                {"productOrderItem":[{"id":"1","action":"add","product":{"name":"bespoke"},
                  "productOrderItem":[{"id":"1.1","action":"add","productOffering":{"id":"PO-1"}}]}]}""";
        String id = post(key, body).then().statusCode(201).extract().path("id");

        post(key, body).then().statusCode(200)
                .body("id", equalTo(id))
                .body("productOrderItem[0].productOrderItem[0].id", equalTo("1.1"))
                .body("productOrderItem[0].product.productCharacteristic[0].name", equalTo("specialHandling"))
                .body("note[0].'@type'", equalTo("SpecialHandlingNote"));
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        String offering = "PO-" + key;
        post(key, standardOrder("1", offering)).then().statusCode(201);

        post(key, standardOrder("1", offering + "-other")).then().statusCode(409)
                .body("@type", equalTo("Error")).body("code", equalTo("409")).body("reason", notNullValue());
        assertThat(ordersFor(offering), equalTo(1));
        assertThat(ordersFor(offering + "-other"), equalTo(0));
    }

    @Test
    void treatsABodyThatDiffersOnlyInWhitespaceAsAnotherBody() {
        String key = UUID.randomUUID().toString();
        post(key, "{\"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\",\"productOffering\":{\"id\":\"PO-1\"}}]}")
                .then().statusCode(201);

        post(key, "{ \"productOrderItem\":[{\"id\":\"1\",\"action\":\"add\",\"productOffering\":{\"id\":\"PO-1\"}}]}")
                .then().statusCode(409);
    }

    @Test
    void issuesSeparateOrdersWithoutKey() {
        String body = standardOrder("1", "PO-NOKEY");
        String first = json().body(body).post(BASE + "/productOrder").then().statusCode(201).extract().path("id");
        String second = json().body(body).post(BASE + "/productOrder").then().statusCode(201).extract().path("id");

        assertThat(second.equals(first), equalTo(false));
    }

    @Test
    void issuesExactlyOneOrderForConcurrentRequestsWithOneKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String offering = "PO-" + key;
        String body = standardOrder("1", offering);
        int clients = 8;
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString()).resolve(BASE + "/productOrder"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<HttpResponse<String>> responses = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        ObjectMapper json = new ObjectMapper();
        List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses.toString(), statuses, everyItem(lessThan(500)));
        assertThat(statuses.toString(), statuses, everyItem(in(List.of(200, 201))));
        assertThat(statuses.stream().filter(s -> s == 201).count(), equalTo(1L));
        Set<String> ids = new HashSet<>();
        for (HttpResponse<String> response : responses) {
            ids.add(json.readTree(response.body()).path("id").asText());
        }
        assertThat(ids, hasSize(1));
        assertThat(ordersFor(offering), equalTo(1));
    }

    private static io.restassured.response.Response post(String key, String body) {
        return json().header("Idempotency-Key", key).body(body).post(BASE + "/productOrder");
    }

    /** Orders in the database with an item for the offering (each test uses its own offering id). */
    private int ordersFor(String offeringId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(distinct order_id) from product_order_item where product_offering_id = ?")) {
            query.setString(1, offeringId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
