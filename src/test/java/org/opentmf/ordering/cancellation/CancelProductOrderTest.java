package org.opentmf.ordering.cancellation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opentmf.ordering.cancellation.Cancellations.cancel;
import static org.opentmf.ordering.cancellation.Cancellations.cancelAt;
import static org.opentmf.ordering.cancellation.Cancellations.request;
import static org.opentmf.ordering.order.Orders.TWO_ITEMS;
import static org.opentmf.ordering.order.Orders.drive;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.createOrder;
import static org.opentmf.ordering.testing.Api.json;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentmf.ordering.common.json.TmfObjectMapperCustomizer;
import org.opentmf.ordering.events.TmfEvent;
import org.opentmf.ordering.order.Orders;
import org.opentmf.ordering.order.RecordedEvents;
import org.opentmf.ordering.testing.Eventually;
import org.opentmf.ordering.testing.OrderingTest;

/** cancelProductOrder: every path a cancellation request can take. */
@OrderingTest
class CancelProductOrderTest {

    @Inject
    RecordedEvents events;

    @Inject
    DataSource dataSource;

    @ParameterizedTest(name = "{0} order: {1}")
    @CsvSource(delimiter = '|', value = {
            "acknowledged | cancelled",
            "pending | cancelled",
            "held | cancelled",
            "inProgress | assessingCancellation,pendingCancellation,cancelled" })
    void cancelsAnOpenOrderAlongItsLifecycle(String state, String path) {
        String order = createOrder(TWO_ITEMS);
        drive(order, state);
        int before = events.of(order).size();
        String location = cancel(order, "customer changed mind").statusCode(201)
                .header("Location", startsWith("http"))
                .body("state", equalTo("acknowledged"))
                .body("productOrder.id", equalTo(order))
                .body("cancellationReason", equalTo("customer changed mind"))
                .extract().header("Location");
        String task = location.substring(location.lastIndexOf('/') + 1);

        Cancellations.get(task).statusCode(200)
                .body("state", equalTo("done"))
                .body("effectiveCancellationDate", notNullValue())
                .body("href", equalTo(location));
        Orders.get(order).statusCode(200)
                .body("state", equalTo("cancelled"))
                .body("cancellationDate", notNullValue())
                .body("cancellationReason", equalTo("customer changed mind"))
                .body("productOrderItem.state", everyItem(equalTo("cancelled")));

        List<TmfEvent> fired = events.of(order).subList(before, events.of(order).size());
        assertEquals(List.of(path.split(",")), fired.stream().map(e -> e.resource().get("state").asText()).toList());
        assertTrue(fired.stream().allMatch(e -> e.eventType().equals(TmfEvent.PRODUCT_ORDER_STATE_CHANGE)));
        assertEquals(List.of(TmfEvent.CANCEL_PRODUCT_ORDER_CREATE, TmfEvent.CANCEL_PRODUCT_ORDER_STATE_CHANGE),
                events.typesOf(task));
        assertEquals("done", events.of(task).get(1).resource().get("state").asText());
    }

    @Test
    void finalItemsKeepTheirState() {
        String order = createOrder(TWO_ITEMS);
        drive(order, "inProgress");
        Orders.setItemState(order, 0, "inProgress").statusCode(200);
        Orders.setItemState(order, 0, "completed").statusCode(200);
        cancel(order, "r").statusCode(201);
        Orders.get(order).body("state", equalTo("cancelled"))
                .body("productOrderItem.state", equalTo(List.of("completed", "cancelled")));
    }

    @Test
    void unknownOrderIsNotFound() {
        cancel("00000000-0000-0000-0000-000000000000", "r").statusCode(404).body("@type", equalTo("Error"));
        cancel("not-a-uuid", "r").statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{}", "{\"productOrder\":{}}", "{\"productOrder\":{\"href\":\"x\"}}" })
    void theOrderIsRequired(String body) {
        request(body).statusCode(400).body("@type", equalTo("Error"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "completed", "failed", "rejected", "cancelled", "assessingCancellation", "pendingCancellation" })
    void aFinalOrAlreadyCancellingOrderIsAConflict(String state) {
        String order = createOrder(TWO_ITEMS);
        drive(order, state);
        cancel(order, "r").statusCode(409).body("code", equalTo("409"));
        Orders.get(order).body("state", equalTo(state));
    }

    @Test
    void aFutureCancellationWaitsForItsDate() {
        String order = createOrder(TWO_ITEMS);
        String task = cancelAt(order, inSeconds(3600)).statusCode(201).body("state", equalTo("acknowledged"))
                .extract().path("id");
        Cancellations.get(task).body("state", equalTo("inProgress")).body("effectiveCancellationDate", nullValue());
        Orders.get(order).body("state", equalTo("acknowledged")).body("$", not(hasKey("cancellationDate")));
        // an open task means the order is already being cancelled
        cancel(order, "again").statusCode(409).body("message", containsString("already being cancelled"));
    }

    /**
     * Scheduled an hour ahead, the task waits; once its date has passed (moved into the past in the database,
     * as time would), the scheduler's poll carries it out. No race with a date a few seconds ahead.
     */
    @Test
    void aFutureCancellationHappensWhenItIsDue() throws Exception {
        String order = createOrder(TWO_ITEMS);
        drive(order, "inProgress");
        String task = cancelAt(order, inSeconds(3600)).statusCode(201).extract().path("id");
        assertEquals("inProgress", Cancellations.state(task));
        OffsetDateTime due;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update cancel_product_order set requested_cancellation_date = date_trunc('milliseconds', now())"
                        + " - interval '1 second' where id = ? returning requested_cancellation_date")) {
            ps.setObject(1, UUID.fromString(task));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                due = rs.getObject(1, OffsetDateTime.class);
            }
        }
        Eventually.until(() -> Cancellations.state(task), "done"::equals, "the scheduled cancellation");
        String effective = Cancellations.get(task).extract().path("effectiveCancellationDate");
        assertFalse(OffsetDateTime.parse(effective).isBefore(due), effective + " before " + due);
        Orders.get(order).body("state", equalTo("cancelled")).body("cancellationReason", equalTo("later"));
    }

    @Test
    void anOrderThatEndsFirstTerminatesTheTask() {
        String order = createOrder(TWO_ITEMS);
        String task = cancelAt(order, inSeconds(3600)).statusCode(201).extract().path("id");
        drive(order, "completed");
        Eventually.until(() -> Cancellations.state(task), "terminatedWithError"::equals, "the task to end");
        Orders.get(order).body("state", equalTo("completed")).body("$", not(hasKey("cancellationDate")));
    }

    @Test
    void aDeletedOrderTerminatesTheTask() {
        String order = createOrder(TWO_ITEMS);
        String task = cancelAt(order, inSeconds(3600)).statusCode(201).extract().path("id");
        json().delete(BASE + "/productOrder/" + order).then().statusCode(204);
        Eventually.until(() -> Cancellations.state(task), "terminatedWithError"::equals, "the task to end");
    }

    @Test
    void tasksAreListedAndFilteredLikeOrders() {
        String order = createOrder(TWO_ITEMS);
        String task = cancel(order, "listed").statusCode(201).extract().path("id");
        json().get(BASE + "/cancelProductOrder?productOrder.id=" + order).then().statusCode(200)
                .header("X-Total-Count", "1").header("X-Result-Count", "1")
                .body("id", equalTo(List.of(task)));
        json().get(BASE + "/cancelProductOrder?productOrder.id=" + order + "&state=inProgress").then()
                .statusCode(200).header("X-Total-Count", "0");
        String other = createOrder(TWO_ITEMS);
        cancel(other, "listed too").statusCode(201);
        json().get(BASE + "/cancelProductOrder?productOrder.id=" + order + "," + other + "&fields=state&limit=1")
                .then().statusCode(200)
                .header("X-Total-Count", "2").header("X-Result-Count", "1").header("Link", containsString("rel=\"next\""))
                .body("[0]", not(hasKey("cancellationReason")));
        json().get(BASE + "/cancelProductOrder/" + task + "?fields=state").then().statusCode(200)
                .body("state", equalTo("done")).body("$", not(hasKey("cancellationReason")));
        json().get(BASE + "/cancelProductOrder/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    static String inSeconds(int seconds) {
        // a fixed pattern: OffsetDateTime.toString() drops ":00" seconds, which made this fail once a minute
        return OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds).withNano(0)
                .format(TmfObjectMapperCustomizer.TMF_DATE_TIME);
    }
}
