package org.opentmf.ordering.common.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure caused by the database being unreachable (down, restarting, refusing connections, pool
 * exhausted) from one caused by the request: the first is a 503 the client may retry, not a 500.
 */
final class DatabaseOutage {

    /** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {
    }

    static boolean causes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                    return true; // connection_exception class, or the server going away
                }
                // Agroal's quarkus.datasource.jdbc.acquisition-timeout carries no SQLState, only this text
                if (state == null && sql.getMessage() != null && sql.getMessage().startsWith("Sorry, acquisition timeout")) {
                    return true;
                }
            }
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
