package org.opentmf.ordering.events.hub;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * How a callback's host name becomes addresses. The server resolves with the system resolver
 * ({@link SystemCallbackResolver}); the interface is the seam through which tests script DNS answers (a name
 * that changes its address between registration and delivery).
 */
public interface CallbackResolver {

    /** Every address of {@code host} (an IP literal resolves to itself). */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
