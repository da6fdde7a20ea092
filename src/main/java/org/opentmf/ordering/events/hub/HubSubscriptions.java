package org.opentmf.ordering.events.hub;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.ids.RandomIds;
import org.opentmf.ordering.query.InvalidQueryException;

/** Registers, reads and removes hub subscriptions. Removing one drops its pending deliveries too. */
@ApplicationScoped
public class HubSubscriptions {

    public static final String RESOURCE = "EventSubscription";

    @Inject
    EntityManager em;

    @Inject
    CallbackGuard guard;

    @Transactional
    public HubSubscription register(String callback, String query) {
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
        HubSubscription s = new HubSubscription(RandomIds.next(), callback.strip(), q);
        em.createNativeQuery("insert into hub_subscription (id, callback, query) values (?1, ?2, ?3)")
                .setParameter(1, s.id()).setParameter(2, s.callback()).setParameter(3, s.query())
                .executeUpdate();
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HubSubscription get(String id) {
        return find(id).orElseThrow(() -> TmfException.notFound(RESOURCE, id));
    }

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HubSubscription> list() {
        List<Object[]> rows = em.createNativeQuery(
                "select id, callback, query from hub_subscription order by created_at, id").getResultList();
        return rows.stream().map(HubSubscriptions::row).toList();
    }

    @Transactional
    public void unregister(String id) {
        UUID uuid = parse(id).orElseThrow(() -> TmfException.notFound(RESOURCE, id));
        int n = em.createNativeQuery("delete from hub_subscription where id = ?1").setParameter(1, uuid).executeUpdate();
        if (n == 0) {
            throw TmfException.notFound(RESOURCE, id);
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<HubSubscription> find(String id) {
        Optional<UUID> uuid = parse(id);
        if (uuid.isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("select id, callback, query from hub_subscription where id = ?1")
                .setParameter(1, uuid.get()).getResultList();
        return rows.stream().findFirst().map(HubSubscriptions::row);
    }

    private static HubSubscription row(Object[] r) {
        return new HubSubscription((UUID) r[0], (String) r[1], (String) r[2]);
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
