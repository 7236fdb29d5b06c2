package com.code2asin.jobs.service;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current trace as a W3C {@code traceparent} string, stored with a job and its outbox events, and back: work that
 * runs later (the relay, the dispatcher) continues the trace of the request or event that caused it.
 */
public final class TraceParents {

    private static final String HEADER = "traceparent";
    private static final TextMapGetter<String> ONE_HEADER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParents() {
    }

    /** The traceparent of the current span, or null outside any trace. */
    public static String current() {
        Map<String, String> headers = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
        return headers.get(HEADER);
    }

    /** The current trace's, else {@code fallback} (the job's, for work that runs outside any request). */
    public static String currentOr(String fallback) {
        String current = current();
        return current != null ? current : fallback;
    }

    /** A context whose parent is {@code traceParent}; the root context when it is null or malformed. */
    public static Context context(String traceParent) {
        return traceParent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, ONE_HEADER);
    }
}
