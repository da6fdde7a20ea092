package org.opentmf.ordering.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

import org.opentmf.ordering.common.config.OrderingConfig;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * Absolute hrefs of our resources. Inside a request they use the client-facing scheme and host (proxy
 * headers honoured); outside one (events, scheduled work) they use {@code ordering.public-base-url}.
 */
@ApplicationScoped
public class Hrefs {

    public static final String API_V4 = "/tmf-api/productOrderingManagement/v4";
    public static final String API_V5 = "/tmf-api/productOrderingManagement/v5";

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    OrderingConfig config;

    public String productOrder(String id) {
        return base() + API_V4 + "/productOrder/" + id;
    }

    public String cancelProductOrder(String id) {
        return base() + API_V4 + "/cancelProductOrder/" + id;
    }

    public String hub(String id) {
        return base() + API_V4 + "/hub/" + id;
    }

    /** The absolute URL of {@code path} (e.g. {@code /productOrder/42}) under an API root such as {@link #API_V5}. */
    public String under(String apiRoot, String path) {
        return base() + apiRoot + path;
    }

    /** scheme://host[:port] as the client sees it. */
    public String base() {
        try {
            if (currentRequest.getCurrent() != null) {
                HttpServerRequest request = currentRequest.getCurrent().request();
                return request.scheme() + "://" + request.host();
            }
        } catch (ContextNotActiveException e) {
            // no request: fall through to the configured base
        }
        return config.publicBaseUrl().orElse("http://localhost:8080").replaceAll("/+$", "");
    }
}
