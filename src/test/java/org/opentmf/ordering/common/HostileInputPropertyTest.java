package org.opentmf.ordering.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.OrderingTest;
import org.opentmf.ordering.testing.StoredState;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * Property-based: generated requests (HostileInput) against the real server over HTTP, on valid orders and on
 * mutations of them. Whatever arrives, the server answers below 500, every error is a TMF Error, and a refused
 * request stores nothing (order count, create events, the patched order's version and events unchanged); an
 * accepted create stores exactly one order and one create event.
 *
 * <p>jqwik is not used: it runs on its own JUnit Platform engine, which @QuarkusTest (a Jupiter extension) does not
 * start the server for. The cases are seeded instead: {@code ./mvnw verify} runs {@value #DEFAULT_CASES} per
 * property with seed {@value #DEFAULT_SEED}; a longer run is
 * {@code ./mvnw test -Dtest=HostileInputPropertyTest -Dhostile.cases=5000 -Dhostile.seed=$RANDOM},
 * and a failing case names its seed and number to replay it.
 */
@OrderingTest
class HostileInputPropertyTest {

    static final int DEFAULT_CASES = 150;
    static final long DEFAULT_SEED = 622;

    private static final int CASES = Integer.getInteger("hostile.cases", DEFAULT_CASES);
    private static final long SEED = Long.getLong("hostile.seed", DEFAULT_SEED);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    DataSource dataSource;

    private record Answer(int status, String body) {
    }

    @TestFactory
    Stream<DynamicTest> createIsAcceptedWholeOrRefusedWithoutTrace() {
        return cases("create", (input) -> {
            byte[] body;
            boolean valid = false;
            int shape = input.choose(10);
            JsonNode order = input.validOrder();
            if (shape < 2) {
                body = input.serialise(order); // valid orders must pass
                valid = true;
            } else if (shape < 7) {
                body = input.serialise(input.mutate((com.fasterxml.jackson.databind.node.ObjectNode) order));
            } else {
                body = input.damage(input.serialise(order));
            }
            StoredState before = StoredState.of(dataSource, null);
            Answer answer = send("POST", "/productOrder", pickType(input), body);
            checkAnswer(input, answer, body);
            StoredState after = StoredState.of(dataSource, null);
            if (answer.status() == 201) {
                assertEquals(before.orders() + 1, after.orders(), input.describe() + ": one order stored");
                assertEquals(before.createEvents() + 1, after.createEvents(), input.describe() + ": one create event");
            } else {
                assertTrue(!valid, input.describe() + ": a valid order was refused: " + answer);
                assertEquals(before, after, input.describe() + ": nothing stored after " + answer.status());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> patchIsAppliedWholeOrRefusedWithoutTrace() {
        String[] orderId = { null };
        JsonNode[] order = { null };
        return cases("patch", (input) -> {
            if (orderId[0] == null || input.choose(8) == 0) {
                orderId[0] = Api.createOrder(new String(input.serialise(input.validOrder()), java.nio.charset.StandardCharsets.UTF_8));
            }
            order[0] = JSON.readTree(send("GET", "/productOrder/" + orderId[0], null, null).body());
            boolean merge = input.choose(2) == 0;
            byte[] body = merge ? input.mergePatch() : input.jsonPatch(order[0]);
            String type = merge ? (input.choose(2) == 0 ? "application/merge-patch+json" : "application/json")
                    : "application/json-patch+json";
            StoredState before = StoredState.of(dataSource, orderId[0]);
            Answer answer = send("PATCH", "/productOrder/" + orderId[0], type, body);
            checkAnswer(input, answer, body);
            if (answer.status() >= 400) {
                assertEquals(before, StoredState.of(dataSource, orderId[0]),
                        input.describe() + ": nothing stored after " + answer.status());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> listAnswersOrRefusesCleanly() {
        return cases("list", (input) -> {
            String query = input.query();
            String resource = input.choose(5) == 0 ? "/cancelProductOrder" : "/productOrder";
            Answer answer = send("GET", resource + "?" + query, null, null);
            checkAnswer(input, answer, query.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    // ---------------------------------------------------------------------------------------------- machinery

    @FunctionalInterface
    private interface Case {
        void run(HostileInput input) throws Exception;
    }

    private static Stream<DynamicTest> cases(String label, Case body) {
        return IntStream.range(0, CASES).mapToObj(i -> DynamicTest.dynamicTest(label + " #" + i + " (seed " + SEED + ")",
                () -> body.run(new HostileInput(SEED, i, label + " seed " + SEED))));
    }

    private static String pickType(HostileInput input) {
        return input.choose(13) == 0 ? "application/json; charset=UTF-8" : "application/json";
    }

    /** Below 500; an error is a TMF Error whose code and status are the HTTP status, with nothing internal in it. */
    private static void checkAnswer(HostileInput input, Answer answer, byte[] request) {
        String what = input.describe() + " -> " + answer.status() + " " + cut(answer.body()) + "\nrequest: "
                + cut(new String(request, java.nio.charset.StandardCharsets.UTF_8));
        if (answer.status() >= 500) {
            fail("server error: " + what);
        }
        if (answer.status() >= 400) {
            JsonNode error;
            try {
                error = JSON.readTree(answer.body());
            } catch (IOException e) {
                throw new AssertionError("error body is not JSON: " + what, e);
            }
            String status = Integer.toString(answer.status());
            assertEquals("Error", error.path("@type").asText(), what);
            assertEquals(status, error.path("code").asText(), what);
            assertEquals(status, error.path("status").asText(), what);
            assertTrue(!error.path("reason").asText().isEmpty(), what);
            String message = error.path("message").asText();
            assertTrue(!message.isEmpty(), what);
            for (String leak : new String[] { "Exception", "org.opentmf", "java.", "SQL", "\tat " }) {
                assertTrue(!message.contains(leak), "internal detail '" + leak + "' in " + what);
            }
        }
    }

    private static Answer send(String method, String path, String contentType, byte[] body) throws Exception {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + Api.BASE + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 1500 ? s.substring(0, 1500) + "...(" + s.length() + " chars)" : s;
    }
}
