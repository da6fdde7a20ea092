package org.opentmf.ordering.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.events.CallbackListener.await;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.common.json.TmfObjectMapperCustomizer;
import org.opentmf.ordering.testing.Api;
import org.opentmf.ordering.testing.ConfiguredServer;
import org.opentmf.ordering.testing.OrderingTest;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.TestProfile;

/**
 * Work done outside any request (a scheduled cancellation) announces hrefs on {@code ordering.public-base-url}
 * ({@link ConfiguredServer}); work done in a request uses the host the client called.
 */
@OrderingTest
@TestProfile(ConfiguredServer.class)
class PublicBaseUrlTest {

    @Inject
    DataSource dataSource;

    @AfterEach
    void cleanUp() {
        Hub.unregisterAll();
    }

    @Test
    void eventsOfScheduledWorkUseThePublicBaseUrl() throws Exception {
        try (CallbackListener listener = CallbackListener.start()) {
            Hub.subscribe(listener.url(), "eventType=ProductOrderStateChangeEvent,CancelProductOrderCreateEvent");
            String order = Api.createOrder(Api.standardOrder("1", "PO-PUBLIC-BASE"));
            String inAnHour = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).format(TmfObjectMapperCustomizer.TMF_DATE_TIME);
            String task = json().body("{\"productOrder\":{\"id\":\"" + order + "\",\"@referredType\":\"ProductOrder\"},"
                    + "\"requestedCancellationDate\":\"" + inAnHour + "\"}")
                    .post(BASE + "/cancelProductOrder").then().statusCode(201).extract().path("id");
            await("the task's create event", () -> listener.about(task).size() == 1);
            String requestHref = listener.about(task).get(0).path("event").path("cancelProductOrder").path("href").asText();
            assertEquals("http://localhost:" + io.restassured.RestAssured.port + BASE + "/cancelProductOrder/" + task,
                    requestHref, "in a request: the host the client called");

            makeDue(task); // the hour has passed: the scheduler's next poll carries the task out
            await("the scheduled cancellation", () -> listener.about(order).size() == 1);
            JsonNode cancelled = listener.about(order).get(0);
            assertEquals("cancelled", cancelled.path("event").path("productOrder").path("state").asText());
            assertEquals(ConfiguredServer.PUBLIC_BASE_URL + BASE + "/productOrder/" + order,
                    cancelled.path("event").path("productOrder").path("href").asText());
            assertEquals(List.of(TmfEvent.PRODUCT_ORDER_STATE_CHANGE),
                    listener.about(order).stream().map(e -> e.path("eventType").asText()).toList());
        }
    }

    private void makeDue(String task) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update cancel_product_order set requested_cancellation_date = now() - interval '1 second' where id = ?")) {
            ps.setObject(1, UUID.fromString(task));
            assertEquals(1, ps.executeUpdate());
        }
    }
}
