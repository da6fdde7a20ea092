package org.opentmf.ordering.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL that outlives Quarkus app restarts within the test JVM (the suite's GLOBAL test resource
 * is restarted with every test profile, database included). Started by the first app that asks; the JDBC URL is
 * kept in a system property for the next one; zonky's shutdown hook stops it when the JVM exits.
 */
public class RestartSurvivingPostgres implements QuarkusTestResourceLifecycleManager {

    private static final String URL = "opentmf.test.events.restart.jdbc-url";

    @Override
    public Map<String, String> start() {
        synchronized (System.class) {
            String url = System.getProperty(URL);
            if (url == null) {
                try {
                    url = EmbeddedPostgres.builder().start().getJdbcUrl("postgres", "postgres");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                System.setProperty(URL, url);
            }
            return Map.of("quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        }
    }

    @Override
    public void stop() {
        // kept for the next app of this JVM (the "restarted" instance)
    }
}
