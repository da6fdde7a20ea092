package org.opentmf.ordering.events;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.opentmf.ordering.events.hub.CallbackResolver;
import org.opentmf.ordering.events.hub.SystemCallbackResolver;

import io.quarkus.test.Mock;

/**
 * DNS answers a test scripts for names under {@code .test} (RFC 6761: never in the real DNS); every other name
 * goes to the system resolver, as in production. Lets a test give a name an allowed address for registration
 * and a forbidden one a moment later (DNS rebinding), or an address the system resolver does not know.
 */
@Mock
@ApplicationScoped
public class ScriptedResolver implements CallbackResolver {

    private static final Map<String, List<InetAddress>> ANSWERS = new ConcurrentHashMap<>();
    private final SystemCallbackResolver system = new SystemCallbackResolver();

    /** From now on, {@code host} (ending in .test) resolves to {@code address}. */
    static void answer(String host, String address) {
        if (!host.endsWith(".test")) {
            throw new IllegalArgumentException("scripted names end in .test: " + host);
        }
        try {
            ANSWERS.put(host, List.of(InetAddress.getByName(address)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    static void forget(String host) {
        ANSWERS.remove(host);
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        if (host.endsWith(".test")) {
            List<InetAddress> a = ANSWERS.get(host);
            if (a == null) {
                throw new UnknownHostException(host);
            }
            return a;
        }
        return system.resolve(host);
    }
}
