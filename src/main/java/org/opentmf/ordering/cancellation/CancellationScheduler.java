package org.opentmf.ordering.cancellation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Carries out due cancelProductOrder tasks: future-dated ones when their date comes (also those accepted
 * before a restart), open ones whose order became final meanwhile, and any immediate one that could not be
 * carried out right away. Interval: {@code ordering.cancellation.poll-interval} ({@code off} disables it).
 */
@ApplicationScoped
public class CancellationScheduler {

    /** Upper bound per poll, so one poll never runs unbounded. */
    private static final int MAX_PER_POLL = 100;

    @Inject
    OrderCancellation cancellation;

    /** Set when the application stops: a poll overlapping the shutdown may find the database already closed. */
    private volatile boolean stopping;

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = "cancel-product-order-poll", every = "${ordering.cancellation.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            for (int i = 0; i < MAX_PER_POLL && !stopping && cancellation.executeNextDue(); i++) {
                // next due task
            }
        } catch (RuntimeException e) {
            if (stopping) {
                // the task's transaction rolled back with the shutdown: it is still due, for the next start
                Log.debug("Due cancelProductOrder interrupted by the shutdown", e);
            } else {
                Log.error("Carrying out a due cancelProductOrder failed; retrying on the next poll", e);
            }
        }
    }
}
