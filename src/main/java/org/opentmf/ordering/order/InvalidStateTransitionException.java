package org.opentmf.ordering.order;

import org.opentmf.ordering.common.error.TmfException;

/**
 * A requested state change that the TMF622 lifecycle does not allow (a 409).
 * The message names the subject and both states, e.g.
 * {@code "productOrder cannot move from completed to acknowledged: completed is a final state"}.
 */
public class InvalidStateTransitionException extends TmfException {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final OrderState from;
    private final OrderState to;

    public InvalidStateTransitionException(String subject, OrderState from, OrderState to) {
        this(subject, from, to, null);
    }

    /** @param reason optional explanation appended after a colon; may be null */
    public InvalidStateTransitionException(String subject, OrderState from, OrderState to, String reason) {
        super(409, "Conflict", subject + " cannot move from " + from.wireValue() + " to " + to.wireValue()
                + (reason == null || reason.isEmpty() ? "" : ": " + reason));
        this.subject = subject;
        this.from = from;
        this.to = to;
    }

    /** {@code "productOrder"} or {@code "productOrderItem <id>"} (just {@code "productOrderItem"} without id). */
    public String getSubject() {
        return subject;
    }

    /** The current state. */
    public OrderState getFrom() {
        return from;
    }

    /** The requested state. */
    public OrderState getTo() {
        return to;
    }
}
