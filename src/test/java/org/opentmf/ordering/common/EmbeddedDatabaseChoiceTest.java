package org.opentmf.ordering.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.opentmf.ordering.common.db.EmbeddedPostgresConfigSourceFactory;
import org.opentmf.ordering.testing.OrderingTest;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

/**
 * The embedded default and the external database. With a configured datasource URL (as in this very test
 * run, which points the server at the test database) no embedded server starts; with none, one starts and
 * serves connections.
 */
@OrderingTest
class EmbeddedDatabaseChoiceTest {

    @Test
    void anExternalDatabaseUrlMeansNoEmbeddedServer() {
        Map<String, String> config = Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example:5432/orders");
        assertTrue(sources(config).isEmpty());
        // The running server uses the URL it was given, not an embedded one of its own.
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        assertNull(System.getProperty("opentmf.embedded-postgres.started-url"), "no embedded server was started");
        assertTrue(url.startsWith("jdbc:postgresql://localhost:"), url);
    }

    @Test
    void embeddedServerCanBeSwitchedOff() {
        assertTrue(sources(Map.of("ordering.embedded-postgres.enabled", "false")).isEmpty());
    }

    /** Started, given a row, stopped, started again on the same directory: the row is there. */
    @Test
    void withoutAnyUrlAnEmbeddedPostgreSql17StartsAndKeepsItsDataAcrossARestart() throws Exception {
        Path dir = Files.createTempDirectory("embedded-pg-choice");
        Map<String, String> config = new HashMap<>();
        config.put("ordering.embedded-postgres.data-dir", dir.toString());
        try {
            String url = startedUrl(config);
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                    Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("show server_version")) {
                    assertTrue(rs.next());
                    assertTrue(rs.getString(1).startsWith("17."), rs.getString(1));
                }
                st.executeUpdate("create table kept (v text)");
                st.executeUpdate("insert into kept values ('written before the restart')");
            }
            assertFalse(Files.list(dir).toList().isEmpty(), "data lives in the configured directory");
            EmbeddedPostgresConfigSourceFactory.stop(); // the server stops; a new start finds the directory
            assertFalse(Files.exists(dir.resolve("postmaster.pid")), "the server has stopped");

            String again = startedUrl(config);
            try (Connection c = DriverManager.getConnection(again, "postgres", "postgres");
                    ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
                assertTrue(rs.next(), "the row survived the restart");
                assertEquals("written before the restart", rs.getString(1));
            }
        } finally {
            EmbeddedPostgresConfigSourceFactory.stop();
        }
    }

    private static String startedUrl(Map<String, String> config) {
        List<ConfigSource> sources = sources(config);
        assertEquals(1, sources.size());
        return sources.get(0).getValue("quarkus.datasource.jdbc.url");
    }

    private static List<ConfigSource> sources(Map<String, String> values) {
        List<ConfigSource> out = new java.util.ArrayList<>();
        new EmbeddedPostgresConfigSourceFactory().getConfigSources(new MapContext(values)).forEach(out::add);
        return out;
    }

    private record MapContext(Map<String, String> values) implements ConfigSourceContext {
        @Override
        public ConfigValue getValue(String name) {
            String value = values.get(name);
            return value == null ? null : ConfigValue.builder().withName(name).withValue(value).build();
        }

        @Override
        public List<String> getProfiles() {
            return List.of();
        }

        @Override
        public java.util.Iterator<String> iterateNames() {
            return values.keySet().iterator();
        }

        @Override
        public List<ConfigSource> getConfigSources() {
            return List.of();
        }
    }
}
