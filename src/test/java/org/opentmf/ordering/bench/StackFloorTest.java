package org.opentmf.ordering.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** The benchmark's stack floor writes what a create writes, and is served only when the benchmark asks for it. */
@OrderingTest
class StackFloorTest {

    @Inject
    StackFloor floor;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void isNotServedOutsideTheBenchmark() {
        given().contentType("application/json").body("{}")
                .post("/tmf-api/productOrderingManagement" + StackFloorResource.PATH).then()
                .statusCode(404)
                .body("code", equalTo("404"))
                .body("@type", equalTo("Error"));
    }

    /**
     * The harness's order, written in a transaction that is rolled back: the rows exist inside it (so the statements
     * fit the schema, the item batch included), and nothing is left for the other tests' subscribers and counts.
     */
    @Test
    void writesTheOrderItsItemsTheRecordAndTheEventOfTheBenchmarkOrder() throws Exception {
        byte[] body = Files.readAllBytes(Path.of("src/bench/order.json"));
        QuarkusTransaction.begin();
        try {
            UUID id = floor.write(objectMapper.readTree(body), body);
            try (Connection c = dataSource.getConnection()) {
                assertEquals(1, count(c, "select count(*) from product_order where id = ? and external_id = ?", id,
                        StackFloor.MARK));
                assertEquals(3, count(c, "select count(*) from product_order_item where order_id = ?", id));
                assertEquals(1, count(c, "select count(*) from initiating_request where order_id = ?"
                        + " and length(body) = ?", id, body.length));
                assertEquals(1, count(c, "select count(*) from event_outbox where resource_id = ?::text"
                        + " and ? = any(parties)", id, "ORG-SELLER-7"));
            }
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static long count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
