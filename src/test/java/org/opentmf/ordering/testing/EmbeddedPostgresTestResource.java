package org.opentmf.ordering.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a throw-away PostgreSQL (zonky binaries, no Docker) for the whole test run. Its data directory is
 * fixed for the JVM and deleted when the JVM exits: should Quarkus stop and start the resource again (a
 * test profile restarts the application), the database comes back with its data, as a real one would.
 */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** JVM-wide (a system property, since Quarkus may load this class in several class loaders). */
    static final String DATA_DIR = "opentmf.test.embedded-pg-data-dir";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory())
                    .setCleanDataDirectory(false) // kept for a restart; removed at JVM exit
                    .start(); // random free port
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static synchronized Path dataDirectory() throws IOException {
        String existing = System.getProperty(DATA_DIR);
        if (existing != null) {
            return Path.of(existing);
        }
        Path dir = Files.createTempDirectory("ordering-test-pg");
        System.setProperty(DATA_DIR, dir.toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        return dir;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: it is a temp directory
        }
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
