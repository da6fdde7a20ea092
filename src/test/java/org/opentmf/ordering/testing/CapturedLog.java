package org.opentmf.ordering.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** The server's log lines of one category while a test runs (same JVM: the @QuarkusTest server logs here). */
public final class CapturedLog implements AutoCloseable {

    public record Line(Level level, String message, Throwable thrown) {
    }

    private final Logger logger;
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            lines.add(new Line(record.getLevel(), message, record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog(String category) {
        logger = Logger.getLogger(category);
        logger.addHandler(handler);
    }

    public static CapturedLog of(Class<?> category) {
        return new CapturedLog(category.getName());
    }

    public static CapturedLog of(String category) {
        return new CapturedLog(category);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** Lines whose message contains {@code text}. */
    public List<Line> containing(String text) {
        return lines.stream().filter(l -> l.message() != null && l.message().contains(text)).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
