package org.opentmf.ordering.events.hub;

import org.opentmf.ordering.events.EventEnvelope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.ids.RandomIds;
import org.opentmf.ordering.common.party.Requester;
import org.opentmf.ordering.query.InvalidQueryException;

/**
 * Registers, reads and removes hub subscriptions. Removing one drops its pending deliveries too. Plain JDBC, like
 * the rest of the event machinery (README, "Project layout").
 */
@ApplicationScoped
public class HubSubscriptions {

    public static final String RESOURCE = "EventSubscription";

    @Inject
    DataSource dataSource;

    @Inject
    CallbackGuard guard;

    /** Registers a listener; a party-scoped requester's belongs to its party and hears only of that party's orders. */
    @Transactional
    /** {@code apiVersion}: the version its notifications are written in ({@link EventEnvelope#apiVersion()}). */
    public HubSubscription register(String callback, String query, String apiVersion, Requester requester) {
        if (callback == null || callback.isBlank()) {
            throw TmfException.badRequest("callback is required");
        }
        String refused = guard.check(callback.strip());
        if (refused != null) {
            throw TmfException.badRequest(refused);
        }
        String q = query == null || query.isBlank() ? null : query.strip();
        try {
            SubscriptionQuery.parse(q);
        } catch (InvalidQueryException e) {
            throw TmfException.badRequest("Invalid query: " + e.getMessage());
        }
        HubSubscription s = new HubSubscription(RandomIds.next(), callback.strip(), q, apiVersion);
        update("insert into hub_subscription (id, callback, query, api_version, party_id) values (?, ?, ?, ?, ?)",
                s.id(), s.callback(), s.query(), s.apiVersion(), requester.actingParty().orElse(null));
        return s;
    }

    /** A party-scoped requester sees only its party's subscriptions; others are 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HubSubscription get(String id, Requester requester) {
        return find(id, requester).orElseThrow(() -> TmfException.notFound(RESOURCE, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HubSubscription> list(Requester requester) {
        return select("select id, callback, query, api_version from hub_subscription where " + OWNED
                + " order by created_at, id", party(requester), party(requester));
    }

    @Transactional
    public void unregister(String id, Requester requester) {
        UUID uuid = parse(id).orElseThrow(() -> TmfException.notFound(RESOURCE, id));
        int n = update("delete from hub_subscription where id = ? and " + OWNED, uuid, party(requester),
                party(requester));
        if (n == 0) {
            throw TmfException.notFound(RESOURCE, id);
        }
    }

    private Optional<HubSubscription> find(String id, Requester requester) {
        Optional<UUID> uuid = parse(id);
        if (uuid.isEmpty()) {
            return Optional.empty();
        }
        return select("select id, callback, query, api_version from hub_subscription where id = ? and " + OWNED, uuid.get(),
                party(requester), party(requester)).stream().findFirst();
    }

    /** Every subscription for an unscoped requester (null party), else the party's own; binds the party twice. */
    private static final String OWNED = "(cast(? as text) is null or party_id = ?)";

    private static String party(Requester requester) {
        return requester.actingParty().orElse(null);
    }

    private List<HubSubscription> select(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<HubSubscription> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HubSubscription(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read hub subscriptions", e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change hub subscriptions", e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
