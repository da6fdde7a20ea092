package org.opentmf.ordering.operations;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Tags;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;

/**
 * Adds {@code api_version} to the HTTP server metrics: their {@code uri} label is the route template relative
 * to the REST root both versions share ({@code /v4/productOrder/{id}}, {@code /v5/productOrder/{id}}).
 */
@Singleton
public class ApiVersionHttpTag implements HttpServerMetricsTagsContributor {

    @Override
    public Tags contribute(Context context) {
        return Tags.of("api_version", ApiVersions.of(context.request().path()));
    }
}
