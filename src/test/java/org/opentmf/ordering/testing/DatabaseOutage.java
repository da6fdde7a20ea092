package org.opentmf.ordering.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the suite's own embedded PostgreSQL (EmbeddedPostgresTestResource) down and brings it back, as an outage
 * would: {@code pg_ctl stop -m fast} ends every connection and the port refuses new ones until {@code pg_ctl start}
 * starts the server again on the same data directory, port and options (from its {@code postmaster.opts}). As
 * zonky does, the binaries run in a user namespace ({@code unshare -U}) when the tests run as root, which
 * PostgreSQL refuses.
 */
public final class DatabaseOutage implements AutoCloseable {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Path dataDir;
    private final Path pgCtl;
    private final List<String> options;
    private boolean down;

    private DatabaseOutage(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        // e.g. /tmp/embedded-pg/PG-…/bin/postgres "-D" "/tmp/ordering-test-pg…" "-p" "35505" "-F" "-c" "timezone=UTC"
        String opts = Files.readString(dataDir.resolve("postmaster.opts")).strip();
        this.pgCtl = Path.of(opts.substring(0, opts.indexOf(' '))).resolveSibling("pg_ctl");
        List<String> tokens = new ArrayList<>();
        Matcher m = QUOTED.matcher(opts);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        int d = tokens.indexOf("-D");
        if (d >= 0) {
            tokens.subList(d, d + 2).clear(); // pg_ctl passes -D itself
        }
        this.options = List.copyOf(tokens);
    }

    /** Stops the database of this test run; {@link #close()} starts it again. */
    public static DatabaseOutage begin() throws IOException, InterruptedException {
        String dir = System.getProperty(EmbeddedPostgresTestResource.DATA_DIR);
        if (dir == null) {
            throw new IllegalStateException("No embedded test database in this JVM");
        }
        DatabaseOutage outage = new DatabaseOutage(Path.of(dir));
        outage.pgCtl("-D", dir, "-m", "fast", "-w", "-t", "60", "stop");
        outage.down = true;
        return outage;
    }

    /** Starts the database again and waits until it accepts connections. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (!down) {
            return;
        }
        StringBuilder o = new StringBuilder();
        for (String option : options) {
            o.append(o.isEmpty() ? "" : " ").append('"').append(option).append('"');
        }
        Path log = Files.createTempFile("ordering-test-pg-restart", ".log");
        log.toFile().deleteOnExit();
        pgCtl("-D", dataDir.toString(), "-o", o.toString(), "-l", log.toString(), "-w", "-t", "60", "start");
        down = false;
    }

    private void pgCtl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(pgCtl.toString());
        command.addAll(List.of(args));
        Path output = Files.createTempFile("ordering-test-pg-ctl", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("pg_ctl " + String.join(" ", args) + " failed: " + Files.readString(output));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
