package com.code2asin.lookup.messaging;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.quota.Delays;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.VertxException;
import io.vertx.sqlclient.DatabaseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.RetriableException;

/**
 * How the consumer runs a step of a batch: a failure that passes by itself (PostgreSQL restarting or refusing
 * connections, a connection lost, a Kafka send timing out) is tried again in place, {@code consumer-retries} times
 * with a pause that doubles from {@code consumer-retry-delay} up to 8 times it, on Vert.x timers; anything else (an
 * event that is not a batch, a bug) fails at once and the batch goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class ConsumerRetries {

    /** The pause stops doubling at this many times the first one. */
    private static final int MAX_FACTOR = 8;

    private final int retries;
    private final Duration delay;
    private final Delays delays;

    @Inject
    ConsumerRetries(LookupConfig config, Delays delays) {
        this(config.consumerRetries(), config.consumerRetryDelay(), delays);
    }

    ConsumerRetries(int retries, Duration delay, Delays delays) {
        this.retries = retries;
        this.delay = delay;
        this.delays = delays;
    }

    /** Runs {@code work}, again after a pause each time it fails in a way that passes, at most {@code retries} more. */
    public <T> Uni<T> apply(String what, Supplier<Uni<T>> work) {
        return attempt(what, work, 0);
    }

    private <T> Uni<T> attempt(String what, Supplier<Uni<T>> work, int failures) {
        return Uni.createFrom().deferred(work::get)
                .onFailure(f -> failures < retries && passes(f)).recoverWithUni(f -> {
                    Duration pause = pause(delay, failures);
                    Log.warnf("%s failed (%s), trying again in %d ms (%d of %d)", what, f, pause.toMillis(),
                            failures + 1, retries);
                    return delays.sleep(pause).chain(() -> attempt(what, work, failures + 1));
                });
    }

    /** The pause before retry number {@code failures + 1}: the delay, doubled at each retry, up to 8 times it. */
    static Duration pause(Duration delay, int failures) {
        return delay.multipliedBy(Math.min(MAX_FACTOR, 1L << Math.min(failures, 30)));
    }

    /** The longest the pauses of one step add up to: what a step may wait on top of its own attempts. */
    public static Duration worstCase(int retries, Duration delay) {
        Duration total = Duration.ZERO;
        for (int i = 0; i < retries; i++) {
            total = total.plus(pause(delay, i));
        }
        return total;
    }

    /** Whether the failure, or one of its causes, is of the kind that passes when tried again a little later. */
    static boolean passes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException db) {
                return passingState(db.getSqlState());
            }
            if (t instanceof RetriableException || t instanceof IOException || t instanceof TimeoutException
                    || t instanceof VertxException) {
                return true;
            }
        }
        return false;
    }

    /** Connection lost (08), deadlock or serialization (40), out of resources (53), server restarting (57P), lock. */
    private static boolean passingState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P") || state.equals("55P03"));
    }
}
