package org.opentmf.ordering.events.hub;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** The system resolver (and the JVM's address cache). */
@ApplicationScoped
@DefaultBean
public class SystemCallbackResolver implements CallbackResolver {

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
