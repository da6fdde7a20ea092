package org.opentmf.ordering.common.validation;

import java.lang.annotation.ElementType;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

/**
 * Bean Validation runs on the generated API models, plain objects that are always complete. With Hibernate ORM
 * present, the default resolver asks JPA whether every property of every object is loaded (by reflection), which
 * profiling showed as a large share of the CPU of a create; everything is reachable here, so say so directly.
 * (Quarkus uses a {@link TraversableResolver} bean when there is one.)
 */
@ApplicationScoped
public class ApiModelTraversableResolver implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
