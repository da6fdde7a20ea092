package org.opentmf.ordering.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The event backlog as the database sees it (shared by all instances, so every instance reports the same):
 * outbox events not fanned out yet, pending deliveries and dead letters per subscription, and the age of the
 * oldest pending delivery. Read every {@code ordering.operations.backlog-refresh-interval}, not at each scrape,
 * so a scrape never waits for the database. Subscription ids are the one unbounded label, and only here.
 */
@ApplicationScoped
public class EventBacklogGauges {

    /** One backlog reading. */
    record Snapshot(long outboxBacklog, double oldestPendingAgeSeconds, List<Row> subscriptions) {
    }

    record Row(String subscription, long pending, long dead) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    /** Read by the schedule below (its interval); injected so the key is a validated, documented setting. */
    @Inject
    OperationsConfig config;

    private final AtomicReference<Snapshot> last = new AtomicReference<>(new Snapshot(0, 0, List.of()));
    private MultiGauge pending;
    private MultiGauge dead;

    void register(@Observes StartupEvent start) {
        Gauge.builder("ordering.events.outbox.backlog", last, s -> s.get().outboxBacklog())
                .description("Events recorded in the outbox and not yet fanned out into deliveries")
                .register(registry);
        Gauge.builder("ordering.events.oldest.pending.delivery.age", last, s -> s.get().oldestPendingAgeSeconds())
                .description("Age of the oldest pending delivery, from its event's time (0 when none is pending)")
                .baseUnit("seconds")
                .register(registry);
        pending = MultiGauge.builder("ordering.events.deliveries.pending")
                .description("Deliveries not yet made (due, backing off or in flight), by subscription")
                .register(registry);
        dead = MultiGauge.builder("ordering.events.dead.letters")
                .description("Dead letters (deliveries that failed every attempt) waiting for a replay, by subscription")
                .register(registry);
        refresh();
        Log.debugf("Event backlog gauges: read every %s", config.backlogRefreshInterval());
    }

    @Scheduled(every = "${ordering.operations.backlog-refresh-interval:10s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        Snapshot s;
        try {
            s = read();
        } catch (SQLException | RuntimeException e) {
            Log.debugf(e, "Event backlog gauges not refreshed (kept their last values)");
            return;
        }
        last.set(s);
        List<MultiGauge.Row<?>> pendingRows = new ArrayList<>();
        List<MultiGauge.Row<?>> deadRows = new ArrayList<>();
        for (Row row : s.subscriptions()) {
            pendingRows.add(MultiGauge.Row.of(Tags.of("subscription", row.subscription()), row.pending()));
            deadRows.add(MultiGauge.Row.of(Tags.of("subscription", row.subscription()), row.dead()));
        }
        pending.register(pendingRows, true); // a removed subscription's series goes
        dead.register(deadRows, true);
    }

    Snapshot read() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long backlog;
            double oldest;
            try (PreparedStatement ps = c.prepareStatement("""
                    select (select count(*) from event_outbox where not fanned_out),
                           coalesce((select extract(epoch from clock_timestamp() - min(e.event_time))
                                       from event_delivery d join event_outbox e on e.seq = d.event_seq
                                      where d.status = 'pending'), 0)""");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                backlog = rs.getLong(1);
                oldest = Math.max(0, rs.getDouble(2));
            }
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select s.id, count(d.id) filter (where d.status = 'pending'), count(d.id) filter (where d.status = 'dead')
                      from hub_subscription s
                      left join event_delivery d on d.subscription_id = s.id and d.status in ('pending', 'dead')
                     group by s.id""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return new Snapshot(backlog, oldest, rows);
        }
    }
}
