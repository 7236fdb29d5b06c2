package com.code2asin.exports.messaging;

import com.code2asin.exports.config.ExportConfig;
import com.code2asin.exports.domain.ExportFailedException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.sqlclient.DatabaseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * How a consumer handles an event: a failure that passes by itself (PostgreSQL restarting or refusing connections, a
 * connection lost or timed out, another replica recording the same export at the same moment) is tried again in
 * place, up to {@code consumer-retries} times with growing delays, before the event goes to its dead-letter topic with
 * that failure as its reason; anything else (unreadable, invalid, a bug) goes there at once. S3 failures do not come
 * here: the export tries them again itself and then records the export as failed, with the reason, in
 * {@code export.done}. Neither do failed sends of {@code export.done}: the producer already tries those for
 * {@code delivery.timeout.ms} (2 minutes). Once the service stops, nothing is tried again: see {@link InFlightExports}.
 */
@ApplicationScoped
public class ConsumerRetries {

    private final InFlightExports inFlight;
    private final int retries;
    private final Duration delay;

    @Inject
    ConsumerRetries(InFlightExports inFlight, ExportConfig config) {
        this(inFlight, config.consumerRetries(), config.consumerRetryDelay());
    }

    ConsumerRetries(InFlightExports inFlight, int retries, Duration delay) {
        this.inFlight = inFlight;
        this.retries = retries;
        this.delay = delay;
    }

    /** The work, tried again while it fails in a way that passes; every try runs on the caller's Vert.x context. */
    public <T> Uni<T> apply(String what, Supplier<Uni<T>> work) {
        return inFlight.run(what, () -> attempt(what, work, 1, Vertx.currentContext()));
    }

    private <T> Uni<T> attempt(String what, Supplier<Uni<T>> work, int tried, Context context) {
        return Uni.createFrom().<T>deferred(work::get)
                .onFailure(failure -> tried <= retries && !inFlight.stopping() && passes(failure))
                .recoverWithUni(failure -> {
                    Duration wait = backOff(tried);
                    Log.warnf("%s failed (try %d of %d), trying again in %d ms: %s", what, tried, retries + 1,
                            wait.toMillis(), failure);
                    return later(wait, context).chain(() -> attempt(what, work, tried + 1, context));
                });
    }

    /** The wait after the n-th try: the delay, then twice as long each time, at most eight times the delay. */
    Duration backOff(int tried) {
        return delay.multipliedBy(1L << Math.min(tried - 1, 3));
    }

    /** Completes after the wait, back on the context the work started on, where its reactive session belongs. */
    private static Uni<Void> later(Duration wait, Context context) {
        Uni<Void> timer = Uni.createFrom().voidItem().onItem().delayIt().by(wait);
        return context == null ? timer : timer.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Whether the failure, or one of its causes, is of the kind that passes when tried again a little later. */
    static boolean passes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExportFailedException) {
                return false; // already tried again by the export itself
            }
            if (t instanceof DatabaseException db) {
                return passingState(db.getSqlState());
            }
            if (t instanceof IOException || t instanceof TimeoutException || t instanceof VertxException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Connection lost (08), deadlock or serialization (40), out of resources (53), server shutting down or starting
     * (57P), lock not available (55P03); and a unique violation (23505): the export id is the only unique key of the
     * schema, so it means another replica recorded the same export a moment ago, and the next try finds its row.
     */
    private static boolean passingState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P") || state.equals("55P03") || state.equals("23505"));
    }
}
