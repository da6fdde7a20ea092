package org.opentmf.ordering.common.json;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.common.error.TmfErrorMapper;
import org.opentmf.ordering.testing.CapturedLog;
import org.opentmf.ordering.testing.Eventually;
import org.opentmf.ordering.testing.Metrics;
import org.opentmf.ordering.testing.OrderingTest;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * A client that hangs up in the middle of its body (a load generator stopping, a phone losing its network) is not
 * a server failure: no 500, no incident logged at ERROR. Real TCP: the body is announced longer than what is sent,
 * then the socket closes.
 */
@OrderingTest
class ClientAbortTest {

    private static final String METRIC = "http_server_requests_seconds_count";
    private static final String ROUTE = "/v4/productOrder";

    @TestHTTPResource("/")
    URL server;

    @Test
    void countsAClientThatHangsUpMidBodyAsAClientErrorWithoutAnIncident() throws Exception {
        double before400 = Metrics.scrape().value(METRIC, "uri", ROUTE, "method", "POST", "status", "400");
        double before500 = Metrics.scrape().value(METRIC, "uri", ROUTE, "method", "POST", "status", "500");
        try (CapturedLog errors = CapturedLog.of(TmfErrorMapper.class)) {
            try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /tmf-api/productOrderingManagement/v4/productOrder HTTP/1.1\r\n"
                        + "Host: " + server.getHost() + ":" + server.getPort() + "\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                        + "{\"productOrderItem\":[{\"id\":\"1\",").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(200); // the server is reading the body when the connection goes
            }
            Eventually.until(() -> Metrics.scrape().value(METRIC, "uri", ROUTE, "method", "POST", "status", "400")
                    + Metrics.scrape().value(METRIC, "uri", ROUTE, "method", "POST", "status", "500"),
                    n -> n > before400 + before500, "the aborted request to be counted");

            assertThat(errors.containing("Unexpected failure"), empty());
        }
        assertThat(Metrics.scrape().value(METRIC, "uri", ROUTE, "method", "POST", "status", "500"),
                equalTo(before500));
    }
}
