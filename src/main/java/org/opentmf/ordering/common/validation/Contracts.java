package org.opentmf.ordering.common.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.StartupEvent;

/**
 * The contracts of every API version the server speaks. The body reader asks them to check each request body
 * bound to a generated request model, whatever the version.
 */
@ApplicationScoped
public class Contracts {

    @Inject
    Instance<ContractSchema> contracts;

    /** Refuses {@code tree} with a 400 when it breaks the contract of {@code model} (nothing: not a request model). */
    public void check(Class<?> model, JsonNode tree) {
        for (ContractSchema contract : contracts) {
            var component = contract.componentOf(model);
            if (component.isPresent()) {
                contract.check(component.get(), tree);
                return;
            }
        }
    }

    /**
     * Compiling the request schemas takes a few hundred milliseconds; done beside start-up rather than in it, so
     * the first 200 is not later, and not in the first request (which would wait for it if it came sooner).
     */
    void prepare(@Observes StartupEvent start) {
        Thread thread = new Thread(() -> contracts.forEach(ContractSchema::prepare), "contract-schemas");
        thread.setDaemon(true);
        thread.start();
    }
}
