package org.opentmf.ordering.events;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

import org.opentmf.ordering.common.ids.RandomIds;
import org.opentmf.ordering.events.dispatch.EventDispatcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The transactional outbox: every {@link TmfEvent} becomes a row of {@code event_outbox} in the transaction of
 * the change that caused it, so an event exists if and only if its change was committed. Delivery happens later,
 * elsewhere ({@link EventDispatcher}); nothing here talks to a subscriber.
 *
 * <p>Plain JDBC like the rest of the event machinery. Inside a JTA transaction the pool hands out the connection
 * enlisted in it (the one Hibernate uses for the change), so the row commits or rolls back with the change.
 */
@ApplicationScoped
public class EventOutbox {

    /** Compact JSON for the stored resource (a tree's toString() goes through Jackson's generic path). */
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    @Inject
    DataSource dataSource;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    TransactionManager transactions;

    /** Synchronous observer: runs inside the caller's transaction, which must exist. */
    void record(@Observes TmfEvent event) {
        if (!inTransaction()) {
            // an event outside a transaction could be recorded for a change that is never committed (or the reverse)
            throw new IllegalStateException("TmfEvent " + event.eventType() + " fired outside a transaction");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into event_outbox (event_id, event_type, resource_key, resource_id, field_path, resource, parties,"
                        + " trace_parent) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)")) {
            ps.setObject(1, RandomIds.next());
            ps.setString(2, event.eventType());
            ps.setString(3, event.resourceKey());
            ps.setString(4, event.resourceId());
            ps.setString(5, event.fieldPath());
            ps.setString(6, json(event));
            ps.setArray(7, c.createArrayOf("text", event.parties().toArray()));
            ps.setString(8, traceParent());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event " + event.eventType(), e);
        }
    }

    private static String json(TmfEvent event) {
        try {
            return JSON.writeValueAsString(event.resource());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    /** The current span as a W3C traceparent (the delivery continues this trace), or null outside any trace. */
    private static String traceParent() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid()
                ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex()
                : null;
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            return false;
        }
    }

    /** After the commit: wake the local dispatcher so the event leaves now rather than at the next tick. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TmfEvent event) {
        dispatcher.wake();
    }
}
