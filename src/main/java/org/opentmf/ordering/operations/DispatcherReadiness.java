package org.opentmf.ordering.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opentmf.ordering.events.dispatch.EventDispatcher;

/**
 * Readiness: this instance's event dispatcher is running, or switched off by configuration
 * ({@code ordering.events.dispatcher-enabled=false}, still ready: it only serves the API). Down once the
 * dispatcher has stopped, which happens when the application begins to stop. Reads two flags: cheap.
 */
@Readiness
@ApplicationScoped
public class DispatcherReadiness implements HealthCheck {

    static final String NAME = "Event dispatcher";

    @Inject
    EventDispatcher dispatcher;

    @Override
    public HealthCheckResponse call() {
        if (!dispatcher.enabled()) {
            return HealthCheckResponse.named(NAME).up().withData("dispatcher", "disabled").build();
        }
        boolean running = dispatcher.running();
        return HealthCheckResponse.named(NAME).status(running).withData("dispatcher", running ? "running" : "stopped")
                .build();
    }
}
