package org.opentmf.ordering.common.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * "Embedded default" datasource: when nothing (env var, system property, application.properties)
 * sets {@code quarkus.datasource.jdbc.url}, start an embedded PostgreSQL and point the default
 * datasource at it. Registered in META-INF/services/io.smallrye.config.ConfigSourceFactory.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String ENABLED = "ordering.embedded-postgres.enabled";
    static final String DATA_DIR = "ordering.embedded-postgres.data-dir";
    /** JVM-wide marker: dev mode re-creates config (and this class) on every live reload. */
    static final String STARTED_URL = "opentmf.embedded-postgres.started-url";
    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    static final int ORDINAL = 275;

    /** The server this JVM started, if any. */
    private static EmbeddedPostgres started;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (duringBuild() || isSet(context, JDBC_URL) || !Boolean.parseBoolean(value(context, ENABLED, "true"))) {
            return List.of();
        }
        String url = start(Path.of(value(context, DATA_DIR, "data/embedded-pg")));
        return List.of(new PropertiesConfigSource(Map.of(
                JDBC_URL, url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), "embedded-postgres", ORDINAL));
    }

    private static synchronized String start(Path dataDir) {
        String running = System.getProperty(STARTED_URL);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(dataDir);
            long t0 = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false) // keep data between restarts
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .start(); // zonky registers a JVM shutdown hook that stops the server
            String url = pg.getJdbcUrl("postgres", "postgres");
            started = pg;
            System.setProperty(STARTED_URL, url);
            LOG.infof("Started embedded PostgreSQL (%s) in %d ms: %s",
                    dataDir.toAbsolutePath(), (System.nanoTime() - t0) / 1_000_000, url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** Whether {@code jdbcUrl} is the embedded PostgreSQL this JVM started (the zero-configuration run). */
    public static boolean isEmbedded(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.equals(System.getProperty(STARTED_URL));
    }

    /**
     * Stops the embedded server this JVM started and forgets it, so the next configuration starts it again on
     * its data directory (what a restart of the application does). Without this, zonky's shutdown hook stops it.
     */
    public static synchronized void stop() throws IOException {
        if (started != null) {
            started.close();
            started = null;
        }
        System.clearProperty(STARTED_URL);
    }

    /**
     * Application config sources are also read while Quarkus builds the app (mvn package). Starting a
     * server there would be wasteful and, worse, its URL would be recorded into the built jar as a
     * runtime default. So only act when the runtime (dev, test or prod) asks for configuration.
     */
    private static boolean duringBuild() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                f -> f.getClassName().equals("io.quarkus.deployment.configuration.BuildTimeConfigurationReader")));
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        return v != null && v.getValue() != null && !v.getValue().isBlank();
    }

    private static String value(ConfigSourceContext context, String name, String fallback) {
        ConfigValue v = context.getValue(name);
        return v == null || v.getValue() == null ? fallback : v.getValue();
    }
}
