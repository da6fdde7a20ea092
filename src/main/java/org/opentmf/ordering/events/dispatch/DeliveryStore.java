package org.opentmf.ordering.events.dispatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.opentmf.ordering.events.hub.SubscriptionQuery;
import org.opentmf.ordering.query.InvalidQueryException;
import org.opentmf.ordering.query.Placeholders;
import org.opentmf.ordering.query.SqlCriteria;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The dispatcher's SQL, each method one short transaction of its own: fan-out of new outbox events into
 * deliveries, claiming due deliveries ({@code FOR UPDATE SKIP LOCKED} plus a lease, so several instances never
 * claim the same one), recording outcomes, and the dead-letter operations.
 */
@ApplicationScoped
public class DeliveryStore {

    /** pg advisory lock key: one fan-out at a time across all instances keeps deliveries in event order. */
    private static final long FAN_OUT_LOCK = 622_0006L;

    @Inject
    DataSource dataSource;

    /**
     * Turns up to {@code batch} new outbox events into one pending delivery per matching subscription (created
     * before the event). Returns how many events were fanned out; 0 when another instance is doing it.
     */
    public int fanOut(int batch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (!queryBoolean(c, "select pg_try_advisory_xact_lock(" + FAN_OUT_LOCK + ")")) {
                    return 0;
                }
                List<Long> seqs = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "select seq from event_outbox where not fanned_out order by seq limit ?")) {
                    ps.setInt(1, batch);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            seqs.add(rs.getLong(1));
                        }
                    }
                }
                if (seqs.isEmpty()) {
                    return 0;
                }
                String seqArray = seqs.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
                List<Object[]> subscriptions = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("select id, query from hub_subscription");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        subscriptions.add(new Object[] {rs.getObject(1, UUID.class), rs.getString(2)});
                    }
                }
                for (Object[] s : subscriptions) {
                    fanOutTo(c, (UUID) s[0], (String) s[1], seqArray);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "update event_outbox set fanned_out = true where seq = any(cast(? as bigint[]))")) {
                    ps.setString(1, seqArray);
                    ps.executeUpdate();
                }
                return seqs.size();
            }
        });
    }

    /** One subscription's deliveries; a query PostgreSQL rejects (e.g. its regex dialect) only skips that one. */
    private void fanOutTo(Connection c, UUID subscription, String query, String seqArray) throws SQLException {
        SubscriptionQuery q;
        try {
            q = SubscriptionQuery.parse(query);
        } catch (InvalidQueryException e) {
            Log.warnf("Subscription %s has an invalid query and receives nothing: %s", subscription, e.getMessage());
            return;
        }
        StringBuilder sql = new StringBuilder("insert into event_delivery (subscription_id, event_seq, resource_id)"
                + " select s.id, e.seq, e.resource_id from event_outbox e join hub_subscription s on s.id = ?"
                + " where e.seq = any(cast(? as bigint[])) and e.event_time >= s.created_at"
                // a party's subscription hears only of events about that party's orders
                + " and (s.party_id is null or s.party_id = any(e.parties))");
        List<Object> params = new ArrayList<>(List.of(subscription, seqArray));
        if (!q.eventTypes().isEmpty()) {
            sql.append(" and e.event_type = any(cast(? as text[]))");
            params.add(q.eventTypes().stream().collect(Collectors.joining(",", "{", "}")));
        }
        // JDBC placeholders: the criteria's values follow ours, in the order the engine wrote them
        SqlCriteria criteria = q.criteria(Placeholders.positional());
        if (criteria != null) {
            sql.append(" and e.resource_key = ? and (").append(criteria.where()).append(')');
            params.add(q.resourceKey());
            params.addAll(criteria.parameters());
        }
        sql.append(" order by e.seq on conflict do nothing");
        Savepoint sp = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            ps.executeUpdate();
            c.releaseSavepoint(sp);
        } catch (SQLException e) {
            c.rollback(sp);
            Log.warnf("Subscription %s: its query failed in the database and it receives nothing of this batch: %s",
                    subscription, e.getMessage());
        }
    }

    /**
     * Claims up to {@code max} due deliveries for {@code worker} for the length of the lease, counting the
     * attempt. A delivery is due when it is pending, its next attempt time has come, nobody holds a live lease on
     * it, and no earlier delivery to the same subscriber for the same resource is still pending (per-order order).
     */
    public List<Delivery> claim(String worker, int max, Duration lease) {
        if (max <= 0) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Delivery> out = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                    with claimed as (
                      update event_delivery d
                         set locked_by = ?, locked_until = clock_timestamp() + ? * interval '1 millisecond',
                             attempts = d.attempts + 1, last_attempt_at = clock_timestamp()
                       where d.id in (
                         select c.id from event_delivery c
                          where c.status = 'pending' and c.next_attempt_at <= clock_timestamp()
                            and (c.locked_until is null or c.locked_until < clock_timestamp())
                            and not exists (select 1 from event_delivery p
                                             where p.subscription_id = c.subscription_id
                                               and p.resource_id = c.resource_id
                                               and p.status = 'pending' and p.event_seq < c.event_seq)
                          order by c.next_attempt_at, c.event_seq
                          limit ?
                          for update skip locked)
                      returning d.id, d.attempts, d.subscription_id, d.event_seq)
                    select k.id, k.attempts, s.callback, e.event_id, e.event_type, e.event_time, e.resource_key,
                           e.field_path, cast(e.resource as text), e.resource_id, s.api_version, k.subscription_id,
                           e.trace_parent
                      from claimed k
                      join hub_subscription s on s.id = k.subscription_id
                      join event_outbox e on e.seq = k.event_seq
                     order by e.seq""")) {
                ps.setString(1, worker);
                ps.setLong(2, lease.toMillis());
                ps.setInt(3, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Delivery(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getObject(4, UUID.class),
                                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                                rs.getObject(12, UUID.class), rs.getString(13)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Gives back what {@code worker} holds and has not finished (it is stopping): the lease is dropped and the
     * attempt the claim counted is returned, so any instance can claim the delivery at once instead of after the
     * lease. Returns how many deliveries were released.
     */
    public int release(String worker) {
        return update("update event_delivery set locked_by = null, locked_until = null,"
                + " attempts = greatest(attempts - 1, 0) where locked_by = ? and status = 'pending'", worker);
    }

    /** Records success, unless the lease was lost to another instance meanwhile. */
    public void delivered(long id, String worker) {
        update("update event_delivery set status = 'delivered', delivered_at = clock_timestamp(), locked_by = null,"
                + " locked_until = null, last_error = null where id = ? and locked_by = ? and status = 'pending'",
                id, worker);
    }

    /** Records a failed attempt: retried after {@code backoff}, or parked as dead once out of attempts. */
    public void failed(long id, String worker, String error, Duration backoff, int maxAttempts) {
        update("update event_delivery set status = case when attempts >= ? then 'dead' else 'pending' end,"
                + " next_attempt_at = clock_timestamp() + ? * interval '1 millisecond', locked_by = null,"
                + " locked_until = null, last_error = ? where id = ? and locked_by = ? and status = 'pending'",
                maxAttempts, backoff.toMillis(), error, id, worker);
    }

    /** Dead letters, oldest event first, optionally of one subscription. */
    public List<DeadLetter> deadLetters(UUID subscription, int offset, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<DeadLetter> out = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                    select d.id, d.subscription_id, s.callback, e.event_id, e.event_type, e.event_time, d.resource_id,
                           d.attempts, d.last_attempt_at, d.last_error
                      from event_delivery d
                      join hub_subscription s on s.id = d.subscription_id
                      join event_outbox e on e.seq = d.event_seq
                     where d.status = 'dead' and (cast(? as uuid) is null or d.subscription_id = cast(? as uuid))
                     order by d.event_seq, d.id
                    offset ? limit ?""")) {
                ps.setObject(1, subscription);
                ps.setObject(2, subscription);
                ps.setInt(3, offset);
                ps.setInt(4, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DeadLetter(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                                rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                                rs.getString(7), rs.getInt(8), rs.getObject(9, OffsetDateTime.class), rs.getString(10)));
                    }
                }
            }
            return out;
        });
    }

    /** Puts dead letters back in the queue with fresh attempts: one ({@code id}) or all (of a subscription). */
    public int replay(Long id, UUID subscription) {
        return update("update event_delivery set status = 'pending', attempts = 0, next_attempt_at = clock_timestamp(),"
                + " last_error = null where status = 'dead' and (cast(? as bigint) is null or id = cast(? as bigint))"
                + " and (cast(? as uuid) is null or subscription_id = cast(? as uuid))", id, id, subscription, subscription);
    }

    /**
     * Forgets what is done: delivered deliveries older than {@code retention}, then outbox events older than it
     * that are fanned out and have no delivery left. Pending and dead deliveries (and their events) stay.
     */
    public int purge(Duration retention) {
        int deliveries = update("delete from event_delivery where status = 'delivered'"
                + " and delivered_at < clock_timestamp() - ? * interval '1 millisecond'", retention.toMillis());
        int events = update("delete from event_outbox o where o.fanned_out"
                + " and o.event_time < clock_timestamp() - ? * interval '1 millisecond'"
                + " and not exists (select 1 from event_delivery d where d.event_seq = o.seq)", retention.toMillis());
        return deliveries + events;
    }

    private int update(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    private static boolean queryBoolean(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
