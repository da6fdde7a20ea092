package org.opentmf.ordering.issuance;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opentmf.ordering.testing.Api.BASE;
import static org.opentmf.ordering.testing.Api.create;
import static org.opentmf.ordering.testing.Api.json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.CapturedLog;
import org.opentmf.ordering.testing.OrderingTest;

/**
 * Issuance is one transaction (README, "How an order is issued"): a real database failure after the order row is
 * written (a trigger this test installs on initiating_request, raising only once the order row exists) leaves no
 * order, no item, no initiating-request record and no event behind, and the client gets a 500 TMF Error, not a 201.
 */
@OrderingTest
class AllOrNothingIssuanceTest {

    private static final String MARKER = "FAIL-AFTER-ORDER-INSERT";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void installFailure() throws Exception {
        sql("""
                create or replace function test_fail_after_order_insert() returns trigger language plpgsql as $$
                begin
                  if position('%s' in convert_from(new.body, 'UTF8')) > 0 then
                    if not exists (select 1 from product_order where id = new.order_id) then
                      raise exception 'test premise broken: the order row is not written yet';
                    end if;
                    raise exception 'injected failure after the order insert';
                  end if;
                  return new;
                end $$""".formatted(MARKER));
        sql("create trigger test_fail_after_order_insert before insert on initiating_request"
                + " for each row execute function test_fail_after_order_insert()");
    }

    @AfterEach
    void removeFailure() throws Exception {
        sql("drop trigger if exists test_fail_after_order_insert on initiating_request");
        sql("drop function if exists test_fail_after_order_insert()");
    }

    @Test
    void aFailureAfterTheOrderInsertLeavesNothingBehind() throws Exception {
        long items = count("select count(*) from product_order_item");
        String message;
        try (CapturedLog log = CapturedLog.of("org.opentmf.ordering.common.error.TmfErrorMapper")) {
            message = create("""
                    {"externalId":"%s","productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"}},
                     {"id":"2","action":"add","product":{"name":"bespoke"}}]}""".formatted(MARKER))
                    .statusCode(500)
                    .body("@type", equalTo("Error"))
                    .body("message", matchesPattern("The server could not complete the request \\(incident [0-9a-f-]{36}\\)"))
                    .extract().path("message");
            // the same incident id in exactly one log line, with the stack trace for the operator
            String incident = message.substring(message.indexOf("incident ") + 9, message.length() - 1);
            var lines = log.containing(incident);
            assertEquals(1, lines.size(), "one log line for the incident: " + log.lines());
            assertTrue(lines.get(0).level().intValue() >= java.util.logging.Level.SEVERE.intValue(), "logged as an error");
            assertNotNull(lines.get(0).thrown(), "the log line carries the failure");
        }

        assertEquals(0, count("select count(*) from product_order where external_id = '" + MARKER + "'"), "order");
        assertEquals(items, count("select count(*) from product_order_item"), "items");
        assertEquals(0, count("select count(*) from initiating_request"
                + " where position('" + MARKER + "' in convert_from(body, 'UTF8')) > 0"), "initiating-request record");
        assertEquals(0, count("select count(*) from event_outbox where resource ->> 'externalId' = '" + MARKER + "'"),
                "create event");
        json().get(BASE + "/productOrder?externalId=" + MARKER).then().statusCode(200).header("X-Total-Count", "0");

        // the same request without the marker is issued: the failure was the injected one
        create("""
                {"externalId":"ISSUED-%s","productOrderItem":[{"id":"1","action":"add","productOffering":{"id":"PO-1"}}]}"""
                .formatted(System.nanoTime())).statusCode(201);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private long count(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(query);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
