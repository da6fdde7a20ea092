package org.opentmf.ordering.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.testing.OrderingTest;

/**
 * A database holding v4-era data (orders, items, their records, hub listeners, as the v4 server wrote them up to
 * V8) upgrades to the current schema without losing or misreading anything: listeners stay v4 listeners, every
 * existing order counts as issued when it was received, item states stay. Runs on a database of its own in the
 * shared embedded PostgreSQL.
 */
@OrderingTest
class MigrationUpgradeTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String serverUrl;

    @Test
    void upgradesADatabaseHoldingV4Orders() throws SQLException {
        String name = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement s = admin.createStatement()) {
            s.execute("create database " + name);
        }
        String url = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        Flyway.configure().dataSource(url, "postgres", "postgres").target("8").load().migrate();
        UUID order = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("insert into product_order (id, state, order_date, last_update, document) values ('" + order
                    + "', 'inProgress', '2025-06-01T10:00:00Z', '2025-06-01T10:05:00Z', '{\"description\":\"v4\"}')");
            s.execute("insert into product_order_item (order_id, item_id, position, action, state, order_date)"
                    + " values ('" + order + "', '1', 0, 'add', 'inProgress', '2025-06-01T10:00:00Z')");
            s.execute("insert into initiating_request (id, order_id, received_at, body, body_sha256, items) values ('"
                    + UUID.randomUUID() + "', '" + order + "', '2025-06-01T09:59:59.5Z', '\\x7b7d', 'x', '[]')");
            s.execute("insert into hub_subscription (id, callback) values ('" + UUID.randomUUID()
                    + "', 'http://127.0.0.1:9/listener')");
        }

        Flyway.configure().dataSource(url, "postgres", "postgres").load().migrate();

        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            assertEquals("v4", one(s, "select api_version from hub_subscription"));
            assertEquals("true", one(s, "select (issued_at = received_at)::text from initiating_request"));
            assertEquals("inProgress", one(s, "select state from product_order_item"));
            assertEquals("inProgress", one(s, "select state from product_order"));
            assertEquals("v4", one(s, "select document->>'description' from product_order"));
            assertEquals("14", one(s, "select max(version::int)::text from flyway_schema_history where success"));
        }
        try (Connection admin = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement s = admin.createStatement()) {
            s.execute("drop database " + name);
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
