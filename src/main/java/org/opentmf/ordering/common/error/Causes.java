package org.opentmf.ordering.common.error;

/**
 * Looks through a failure's chain of causes: frameworks wrap what went wrong (Jackson in a mapping exception,
 * Vert.x in an IOException, the REST client in a RuntimeException), and what decides the answer is the cause.
 */
public final class Causes {

    private Causes() {
    }

    /** The first throwable of {@code type} in the chain, {@code failure} included; null when there is none. */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** True when the chain holds a throwable of any of these types. */
    @SafeVarargs
    public static boolean include(Throwable failure, Class<? extends Throwable>... types) {
        for (Class<? extends Throwable> type : types) {
            if (find(failure, type) != null) {
                return true;
            }
        }
        return false;
    }
}
