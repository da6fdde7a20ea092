package org.opentmf.ordering.common.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;
import static org.opentmf.ordering.testing.Api.standardOrder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentmf.ordering.testing.OrderingTest;
import org.opentmf.ordering.testing.StoredState;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * What the HTTP layer hands us before any resource runs: the client-facing host that hrefs are built from, and
 * request lines over the URI limit. Refusals are TMF Errors where the HTTP layer lets the application answer.
 */
@OrderingTest
class HttpEdgeTest {

    @Inject
    DataSource dataSource;

    private static ValidatableResponse tmfError(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .body("'@type'", equalTo("Error"))
                .body("code", equalTo(String.valueOf(status)))
                .body("status", equalTo(String.valueOf(status)));
    }

    @ParameterizedTest(name = "X-Forwarded-Host: {0}")
    @ValueSource(strings = { "evil.example\"><script>", "a b", "host:0", "exa/mple", "[::1" })
    void refusesAForwardedHostThatIsNoHostBeforeStoringAnything(String host) {
        StoredState before = StoredState.of(dataSource, null);
        tmfError(json().header("X-Forwarded-Host", host).body(standardOrder("1", "PO-1"))
                .post(BASE + "/productOrder").then(), 400)
                .body("message", equalTo("Invalid host in the Host, X-Forwarded-Host or Forwarded header"));
        before.assertUnchanged(dataSource, null, "X-Forwarded-Host: " + host);
        tmfError(json().header("X-Forwarded-Host", host).get(BASE + "/productOrder").then(), 400);
    }

    @Test
    void refusesAForwardedSchemeOtherThanHttpOrHttps() {
        tmfError(json().header("X-Forwarded-Proto", "javascript").get(BASE + "/productOrder").then(), 400)
                .body("message", startsWith("Invalid scheme"));
    }

    @ParameterizedTest(name = "X-Forwarded-Host: {0}")
    @ValueSource(strings = { "orders.example.com", "orders.example.com:8443", "orders_1.internal", "10.0.0.7:80", "[2001:db8::1]:8080" })
    void buildsHrefsFromAValidForwardedHost(String host) {
        String location = json().header("X-Forwarded-Host", host).header("X-Forwarded-Proto", "https")
                .body(standardOrder("1", "PO-1")).post(BASE + "/productOrder")
                .then().statusCode(201).extract().header("Location");
        assertTrue(location.startsWith("https://" + host + BASE + "/productOrder/"), location);
    }

    /** ordering.http.max-uri-length, default 8192. */
    @Test
    void answersATmfErrorForAUriOverTheLimit() {
        tmfError(json().get(BASE + "/productOrder/" + "a".repeat(10_000)).then(), 414)
                .body("reason", equalTo("URI Too Long"))
                .body("message", equalTo("Request URI exceeds the limit of 8192 characters"));
        tmfError(json().get(BASE + "/productOrder?externalId=" + "e".repeat(9_000)).then(), 414);
        tmfError(json().get("/q/health/" + "h".repeat(9_000)).then(), 414);
        // just under the limit the request reaches its resource
        String path = BASE + "/productOrder/";
        tmfError(json().get(path + "a".repeat(8192 - path.length())).then(), 404);
    }

    /**
     * What the HTTP decoder refuses never reaches a route (Quarkus exposes no hook for Vert.x's invalid-request
     * handler): the status is right, the body empty, and the server goes on serving.
     */
    @Test
    void requestsTheDecoderRefusesGetTheirStatusAndTheServerGoesOn() throws IOException {
        String head = "POST " + BASE + "/productOrder HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
        assertEquals(400, status(head + "Content-Length: -1\r\n\r\n"));
        assertEquals(400, status(head + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}"));
        assertEquals(400, status(head + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"));
        assertEquals(414, status("GET " + BASE + "/productOrder/" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        json().body(standardOrder("1", "PO-1")).post(BASE + "/productOrder").then().statusCode(201);
    }

    private static int status(String request) throws IOException {
        URI base = URI.create(RestAssured.baseURI);
        try (Socket socket = new Socket(base.getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b; (b = in.read()) != -1 && b != '\n';) {
                line.write(b);
            }
            String statusLine = line.toString(StandardCharsets.ISO_8859_1);
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
