package org.opentmf.ordering.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something the scheduler does: polls until it holds, fails after a generous bound. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T until(Supplier<T> value, java.util.function.Predicate<T> done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still waiting for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            last = value.get();
        }
        return last;
    }
}
