package org.opentmf.ordering.events.dispatch;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.vertx.core.http.RequestOptions;

/** W3C traceparent in and out: the stored one of an event becomes the parent, the delivery's goes to the callback. */
final class TraceParents {

    private static final String HEADER = "traceparent";

    private static final TextMapGetter<String> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return java.util.List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParents() {
    }

    /** The context the stored traceparent names (the change that caused the event), or the root context. */
    static Context context(String traceParent) {
        return traceParent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, STORED);
    }

    /** Writes the current span as the request's traceparent header (nothing when there is no valid span). */
    static void inject(Context context, RequestOptions options) {
        W3CTraceContextPropagator.getInstance().inject(context, options,
                (carrier, key, value) -> carrier.putHeader(key, value));
    }
}
