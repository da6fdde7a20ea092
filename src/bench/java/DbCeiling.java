import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's database ceiling: the rows one POST /productOrder writes (product_order, its items, the
 * initiating_request and the create event's event_outbox row; the insert trigger updates the tally), inserted with plain JDBC prepared statements, one transaction per order, by N threads
 * with one connection each. The rows are copies of the newest order the server itself issued, so they have the
 * same columns and the same sizes; they are deleted again at the end. Single-file program: {@code java -cp <pgjdbc.jar> DbCeiling.java}.
 *
 * <p>Settings (environment): BENCH_JDBC_URL, BENCH_JDBC_USER, BENCH_JDBC_PASSWORD, BENCH_CONCURRENCY,
 * BENCH_WARMUP_S, BENCH_DURATION_S. Prints one line: {@code rps=.. p50_ms=.. p99_ms=.. errors=.. count=..}. With the
 * arguments {@code clean MARK} it only deletes the orders marked MARK in external_id (the stack floor's) and vacuums.
 */
public class DbCeiling {

    record Item(String itemId, String parentItemId, int position, String action, String state, String offeringId,
            String document) {
    }

    record Template(String atType, String state, String externalId, String category, String priority,
            boolean specialHandling, String document, List<Item> items, byte[] body, String bodySha256,
            String assessments, Event event) {
    }

    /** The order's create event as the outbox holds it. */
    record Event(String eventType, String resourceKey, String fieldPath, String resource, String parties,
            String traceParent) {
    }

    /** externalId of the copies (the template's is "BENCH-ORDER": one character more, same row otherwise). */
    static final String COPY_MARK = "DB-CEILING";

    static final String INSERT_ORDER = "insert into product_order (id, at_type, state, order_date, completion_date,"
            + " cancellation_date, cancellation_reason, external_id, category, priority, special_handling, document,"
            + " version, last_update) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)";
    static final String INSERT_ITEM = "insert into product_order_item (order_id, item_id, parent_item_id, position,"
            + " action, state, product_offering_id, document, order_date) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)";
    static final String INSERT_REQUEST = "insert into initiating_request (id, order_id, received_at, body,"
            + " body_sha256, idempotency_key, items) values (?, ?, ?, ?, ?, ?, ?::jsonb)";

    static final String INSERT_EVENT = "insert into event_outbox (event_id, event_type, resource_key, resource_id,"
            + " field_path, resource, parties, trace_parent) values (?, ?, ?, ?, ?, ?::jsonb, ?::text[], ?)";

    public static void main(String[] args) throws Exception {
        String url = env("BENCH_JDBC_URL", null);
        String user = env("BENCH_JDBC_USER", "postgres");
        String password = env("BENCH_JDBC_PASSWORD", "postgres");
        int concurrency = Integer.parseInt(env("BENCH_CONCURRENCY", "16"));
        long warmupNanos = Long.parseLong(env("BENCH_WARMUP_S", "5")) * 1_000_000_000L;
        long durationNanos = Long.parseLong(env("BENCH_DURATION_S", "20")) * 1_000_000_000L;

        if (args.length == 2 && args[0].equals("clean")) {
            deleteCopies(url, user, password, args[1]);
            vacuum(url, user, password);
            return;
        }
        Template template;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            template = template(c);
        }

        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long measureUntil = measureFrom + durationNanos;
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            long[] samples = new long[200_000];
            int[] count = new int[1];
            latencies.add(null);
            int slot = t;
            Thread thread = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.setAutoCommit(false);
                    try (PreparedStatement order = c.prepareStatement(INSERT_ORDER);
                            PreparedStatement item = c.prepareStatement(INSERT_ITEM);
                            PreparedStatement request = c.prepareStatement(INSERT_REQUEST);
                            PreparedStatement event = c.prepareStatement(INSERT_EVENT)) {
                        while (true) {
                            long t0 = System.nanoTime();
                            if (t0 >= measureUntil) {
                                break;
                            }
                            try {
                                insert(template, order, item, request, event);
                                c.commit();
                            } catch (SQLException e) {
                                c.rollback();
                                if (t0 >= measureFrom) {
                                    errors.incrementAndGet();
                                }
                                continue;
                            }
                            long t1 = System.nanoTime();
                            if (t0 >= measureFrom && t1 <= measureUntil && count[0] < samples.length) {
                                samples[count[0]++] = t1 - t0;
                            }
                        }
                    }
                } catch (SQLException e) {
                    e.printStackTrace();
                    errors.incrementAndGet();
                }
                synchronized (latencies) {
                    latencies.set(slot, Arrays.copyOf(samples, count[0]));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        // Remove the copies so the list scenarios see only API orders.
        deleteCopies(url, user, password, COPY_MARK);
        // Vacuum the copies' dead rows now. Left to autovacuum, they were cleaned up during the v5 create, which runs
        // next and was charged for them: 0.7 ms more PostgreSQL CPU per order than the v4 create in one run, where
        // the two cost about the same when each runs alone.
        vacuum(url, user, password);
        long[] all = latencies.stream().filter(a -> a != null).flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = durationNanos / 1e9;
        System.out.printf(java.util.Locale.ROOT, "rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d count=%d%n",
                all.length / seconds, percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6, errors.get(),
                all.length);
    }

    /** The orders marked {@code mark} in external_id (items and initiating requests cascade; their events do not). */
    static void deleteCopies(String url, String user, String password, String mark) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement events = c.prepareStatement("delete from event_outbox where resource_id in"
                        + " (select id::text from product_order where external_id = ?)");
                PreparedStatement delete = c.prepareStatement("delete from product_order where external_id = ?")) {
            events.setString(1, mark);
            events.executeUpdate();
            delete.setString(1, mark);
            delete.executeUpdate();
        }
    }

    /** The dead rows of deleted copies, cleaned up now, so that the scenario after them is not charged for it. */
    static void vacuum(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement vacuum = c.createStatement()) {
            vacuum.execute("vacuum (analyze) product_order, product_order_item, initiating_request, event_outbox");
        }
    }

    static void insert(Template t, PreparedStatement order, PreparedStatement item, PreparedStatement request,
            PreparedStatement event) throws SQLException {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        order.setObject(1, id);
        order.setString(2, t.atType());
        order.setString(3, t.state());
        order.setTimestamp(4, now);
        order.setNull(5, Types.TIMESTAMP_WITH_TIMEZONE);
        order.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
        order.setNull(7, Types.VARCHAR);
        order.setString(8, COPY_MARK);
        order.setString(9, t.category());
        order.setString(10, t.priority());
        order.setBoolean(11, t.specialHandling());
        order.setString(12, t.document());
        order.setLong(13, 0);
        order.setTimestamp(14, now);
        order.executeUpdate();
        for (Item i : t.items()) {
            item.setObject(1, id);
            item.setString(2, i.itemId());
            item.setString(3, i.parentItemId());
            item.setInt(4, i.position());
            item.setString(5, i.action());
            item.setString(6, i.state());
            item.setString(7, i.offeringId());
            item.setString(8, i.document());
            item.setTimestamp(9, now); // the order's order_date, as the server copies it (V8)
            item.addBatch();
        }
        item.executeBatch();
        request.setObject(1, UUID.randomUUID());
        request.setObject(2, id);
        request.setTimestamp(3, now);
        request.setBytes(4, t.body());
        request.setString(5, t.bodySha256());
        request.setNull(6, Types.VARCHAR);
        request.setString(7, t.assessments());
        request.executeUpdate();
        Event e = t.event();
        event.setObject(1, UUID.randomUUID());
        event.setString(2, e.eventType());
        event.setString(3, e.resourceKey());
        event.setString(4, id.toString());
        event.setString(5, e.fieldPath());
        event.setString(6, e.resource());
        event.setString(7, e.parties());
        event.setString(8, e.traceParent());
        event.executeUpdate();
    }

    /** The newest order issued through the API, with its items and initiating request. */
    static Template template(Connection c) throws SQLException {
        UUID orderId;
        byte[] body;
        String sha;
        String assessments;
        try (ResultSet rs = c.createStatement().executeQuery("select order_id, body, body_sha256, items::text"
                + " from initiating_request where idempotency_key is null order by received_at desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("No order issued through the API yet: nothing to copy");
            }
            orderId = rs.getObject(1, UUID.class);
            body = rs.getBytes(2);
            sha = rs.getString(3);
            assessments = rs.getString(4);
        }
        List<Item> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select item_id, parent_item_id, position, action, state,"
                + " product_offering_id, document::text from product_order_item where order_id = ? order by position")) {
            ps.setObject(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new Item(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        Event event;
        try (PreparedStatement ps = c.prepareStatement("select event_type, resource_key, field_path, resource::text,"
                + " parties::text, trace_parent from event_outbox where resource_id = ? order by seq limit 1")) {
            ps.setString(1, orderId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The newest order has no event in the outbox");
                }
                event = new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select at_type, state, external_id, category, priority,"
                + " special_handling, document::text from product_order where id = ?")) {
            ps.setObject(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Template(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7), items, body, sha, assessments, event);
            }
        }
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new IllegalArgumentException(name + " is required");
            }
            return fallback;
        }
        return value;
    }
}
