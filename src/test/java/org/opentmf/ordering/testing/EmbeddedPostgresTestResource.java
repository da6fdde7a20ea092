package org.opentmf.ordering.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One throw-away PostgreSQL (zonky binaries, no Docker) for the whole test JVM. It deliberately outlives
 * Quarkus restarts (a test profile change restarts the application, not the database), which is what lets
 * tests check that data and pending work survive a restart. It stops when the JVM exits.
 */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", database().getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static synchronized EmbeddedPostgres database() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start(); // fresh temp data dir, random free port
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temp data dir goes with the OS temp cleanup
                }
            }));
        }
        return postgres;
    }

    @Override
    public void stop() {
        // Kept running on purpose: see the class comment.
    }
}
