package org.opentmf.ordering.cancellation;

import static org.opentmf.ordering.cancellation.CancelProductOrder.ACKNOWLEDGED;
import static org.opentmf.ordering.cancellation.CancelProductOrder.DONE;
import static org.opentmf.ordering.cancellation.CancelProductOrder.IN_PROGRESS;
import static org.opentmf.ordering.cancellation.CancelProductOrder.TERMINATED_WITH_ERROR;
import static org.opentmf.ordering.order.StateMachine.TransitionCause.CANCELLATION;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.opentmf.ordering.cancellation.CancelProductOrder;
import org.opentmf.ordering.cancellation.CancelProductOrderDocument;
import org.opentmf.ordering.cancellation.CancelProductOrderSearch.Page;
import org.opentmf.ordering.common.error.TmfException;
import org.opentmf.ordering.common.ids.RandomIds;
import org.opentmf.ordering.common.party.RelatedParties;
import org.opentmf.ordering.common.party.Requester;
import org.opentmf.ordering.common.web.Paging;
import org.opentmf.ordering.events.TmfEvent;
import org.opentmf.ordering.order.OrderParties;
import org.opentmf.ordering.order.OrderState;
import org.opentmf.ordering.order.ProductOrder;
import org.opentmf.ordering.order.ProductOrderLifecycle;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * TMF622 cancelProductOrder: a client asks for an order to be cancelled, now or at a requested date.
 *
 * <p>The request is first recorded as a task in {@code acknowledged} (its own transaction, so the task
 * exists whatever happens next), then carried out: right away when no future date was requested,
 * otherwise the task waits in {@code inProgress} and {@link CancellationScheduler} carries it out when
 * it is due, also after a restart. Carrying out locks the task ({@code FOR UPDATE SKIP LOCKED}) and the
 * order, so a task is never run twice. An order that reached a final state (or was deleted) before its
 * cancellation ends the task in {@code terminatedWithError}.
 */
@ApplicationScoped
public class OrderCancellation {

    public static final String RESOURCE = "CancelProductOrder";

    private static final String OPEN = "('" + ACKNOWLEDGED + "','" + IN_PROGRESS + "')";
    private static final String FINAL_ORDER_STATES = "('completed','partial','failed','rejected','cancelled')";

    @Inject
    EntityManager em;

    @Inject
    ProductOrderLifecycle lifecycle;

    @Inject
    CancelProductOrderDocument mapper;

    @Inject
    CancelProductOrderSearch search;

    @Inject
    Event<TmfEvent> events;

    @Inject
    Event<CancellationRefused> refusals;

    /**
     * Accepts a cancellation request and starts carrying it out. Returns the task as accepted
     * ({@code acknowledged}); reading it afterwards shows how far it got.
     */
    public ObjectNode request(ObjectNode request, String orderId, OffsetDateTime requestedDate, String reason,
            Requester requester) {
        ObjectNode accepted;
        try {
            accepted = QuarkusTransaction.requiringNew()
                    .call(() -> accept(request, orderId, requestedDate, reason, requester));
        } catch (TmfException e) {
            refusals.fire(new CancellationRefused(e.status()));
            throw e;
        }
        UUID taskId = UUID.fromString(accepted.get("id").asText());
        try {
            QuarkusTransaction.requiringNew().run(() -> execute(taskId));
        } catch (RuntimeException e) {
            // The task is recorded: the scheduler tries again on its next poll.
            Log.warnf(e, "cancelProductOrder %s could not be carried out right away; the scheduler will retry", taskId);
        }
        return accepted;
    }

    /** The task; 404 when there is none, or when its order is not one the requester may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CancelProductOrder get(String id, Requester requester) {
        return parse(id).flatMap(uuid -> CancelProductOrder.<CancelProductOrder>findByIdOptional(uuid))
                .filter(task -> requester.actingParty().isEmpty() || ProductOrder
                        .<ProductOrder>findByIdOptional(task.productOrderId)
                        .filter(order -> OrderParties.visible(order, requester)).isPresent())
                .orElseThrow(() -> TmfException.notFound(RESOURCE, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page find(Map<String, List<String>> filters, String sort, Paging paging, Requester requester) {
        return search.find(filters, sort, paging, requester.actingParty());
    }

    public ObjectNode toTree(CancelProductOrder task) {
        return mapper.toTree(task);
    }

    /**
     * Carries out the next due task, if any: one whose requested date has come, or whose order is final or
     * gone. Runs in its own transaction; true when a task was handled.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean executeNextDue() {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("select c.id from cancel_product_order c"
                + " left join product_order o on o.id = c.product_order_id"
                + " where c.state in " + OPEN
                + " and (c.requested_cancellation_date is null or c.requested_cancellation_date <= ?1"
                + " or o.id is null or o.state in " + FINAL_ORDER_STATES + ")"
                + " order by c.requested_cancellation_date nulls first, c.creation_date"
                + " limit 1 for update of c skip locked")
                .setParameter(1, now())
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        carryOut(em.find(CancelProductOrder.class, due.get(0)));
        return true;
    }

    private ObjectNode accept(ObjectNode request, String orderId, OffsetDateTime requestedDate, String reason,
            Requester requester) {
        // 404 (also for another party's order); and concurrent requests for one order queue up here
        ProductOrder order = OrderParties.requireVisible(lifecycle.lock(orderId), orderId, requester);
        OrderState state = OrderState.ofWire(order.state);
        if (state.isFinal()) {
            throw TmfException.conflict("productOrder '" + orderId + "' is " + state.wireValue()
                    + ", a final state: it cannot be cancelled");
        }
        if (state == OrderState.DRAFT) {
            throw TmfException.conflict("productOrder '" + orderId + "' is a draft, not issued yet: delete it instead");
        }
        long open = ((Number) em.createNativeQuery("select count(*) from cancel_product_order"
                + " where product_order_id = ?1 and state in " + OPEN)
                .setParameter(1, order.id).getSingleResult()).longValue();
        if (state == OrderState.ASSESSING_CANCELLATION || state == OrderState.PENDING_CANCELLATION || open > 0) {
            throw TmfException.conflict("productOrder '" + orderId + "' is already being cancelled");
        }
        CancelProductOrder task = new CancelProductOrder();
        task.id = RandomIds.next();
        task.state = ACKNOWLEDGED;
        task.creationDate = now();
        task.requestedCancellationDate = requestedDate == null ? null : requestedDate.truncatedTo(ChronoUnit.MILLIS);
        task.cancellationReason = reason;
        task.productOrderId = order.id;
        task.document = mapper.document(request);
        task.persist();
        em.flush();
        ObjectNode tree = mapper.toTree(task);
        events.fire(new TmfEvent(TmfEvent.CANCEL_PRODUCT_ORDER_CREATE, TmfEvent.CANCEL_PRODUCT_ORDER,
                task.id.toString(), tree, null, RelatedParties.ids(order.document)));
        return tree;
    }

    /** Carries out one task if it is still open and nobody else is on it. */
    void execute(UUID taskId) {
        List<?> locked = em.createNativeQuery("select id from cancel_product_order where id = ?1 and state in "
                + OPEN + " for update skip locked").setParameter(1, taskId).getResultList();
        if (!locked.isEmpty()) {
            carryOut(em.find(CancelProductOrder.class, taskId));
        }
    }

    private void carryOut(CancelProductOrder task) {
        OffsetDateTime now = now();
        ProductOrder order = em.find(ProductOrder.class, task.productOrderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || OrderState.ofWire(order.state).isFinal()) {
            Log.infof("cancelProductOrder %s: productOrder %s is %s, nothing left to cancel", task.id,
                    task.productOrderId, order == null ? "gone" : order.state);
            moveTask(task, TERMINATED_WITH_ERROR, order);
            return;
        }
        if (task.requestedCancellationDate != null && task.requestedCancellationDate.isAfter(now)) {
            moveTask(task, IN_PROGRESS, order); // accepted, waiting for its date
            return;
        }
        if (task.cancellationReason != null) {
            order.cancellationReason = task.cancellationReason;
        }
        // inProgress -> assessingCancellation -> pendingCancellation -> cancelled; acknowledged, pending, held
        // (and the later steps) go straight on to cancelled. Each step is checked by the state machine.
        for (OrderState state = OrderState.ofWire(order.state); state != OrderState.CANCELLED;
                state = OrderState.ofWire(order.state)) {
            OrderState next = switch (state) {
                case IN_PROGRESS -> OrderState.ASSESSING_CANCELLATION;
                case ASSESSING_CANCELLATION -> OrderState.PENDING_CANCELLATION;
                default -> OrderState.CANCELLED;
            };
            lifecycle.moveOrder(order, next, CANCELLATION);
        }
        task.effectiveCancellationDate = order.cancellationDate;
        moveTask(task, DONE, order);
    }

    /** {@code order}, null when gone, names the parties the task's events concern. */
    private void moveTask(CancelProductOrder task, String state, ProductOrder order) {
        if (state.equals(task.state)) {
            return;
        }
        task.state = state;
        em.flush();
        events.fire(new TmfEvent(TmfEvent.CANCEL_PRODUCT_ORDER_STATE_CHANGE, TmfEvent.CANCEL_PRODUCT_ORDER,
                task.id.toString(), mapper.toTree(task), null,
                RelatedParties.ids(order == null ? null : order.document)));
    }

    private static java.util.Optional<UUID> parse(String id) {
        return ProductOrder.parseId(id);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
