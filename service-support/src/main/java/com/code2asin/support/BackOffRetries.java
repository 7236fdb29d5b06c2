package com.code2asin.support;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Consumer work tried again in place while it fails in a way that passes: at most {@code retries} more tries, the
 * wait after the n-th try being {@code delay} times 1, 2, 4, 8, 8, ... Every try runs on the Vert.x context the work
 * was applied on (the record's), where Hibernate Reactive keeps its session: the wait is a Vert.x timer and the next
 * try is put back on that context (Mutiny's {@code retry().withBackOff} would resume on one of its worker threads).
 * A failure that does not pass, or the last one, comes out as it is, so the dead-letter topic gets the real reason.
 * A subscriber that gives up meanwhile (a deadline raced against the work) cancels the pending wait. A service
 * extends this with its own configuration and rules (see {@link TransientFailures}) as a {@code @Singleton} bean (a
 * normal-scoped one would need a no-argument constructor here); the log lines name its class.
 */
public class BackOffRetries {

    /** The wait stops doubling at this many times the delay. */
    private static final int MAX_FACTOR = 8;

    private final Logger log = Logger.getLogger(getClass());
    private final Vertx vertx;
    private final int retries;
    private final Duration delay;
    private final Predicate<Throwable> passes;

    /** Tries again the failures {@code passes} accepts, {@code retries} times at the most. */
    public BackOffRetries(Vertx vertx, int retries, Duration delay, Predicate<Throwable> passes) {
        this.vertx = vertx;
        this.retries = retries;
        this.delay = delay;
        this.passes = passes;
    }

    /** The work, tried again while it fails in a way that passes; {@code what} names it in the log. */
    public <T> Uni<T> apply(String what, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> attempt(what, work, 1, Vertx.currentContext()));
    }

    private <T> Uni<T> attempt(String what, Supplier<Uni<T>> work, int tried, Context context) {
        return Uni.createFrom().<T>deferred(work::get)
                .onFailure(failure -> tried <= retries && passes.test(failure)).recoverWithUni(failure -> {
                    Duration wait = backOff(delay, tried);
                    log.warnf("%s failed (try %d of %d), trying again in %d ms: %s", what, tried, retries + 1,
                            wait.toMillis(), reason(failure));
                    return later(wait, context).chain(() -> attempt(what, work, tried + 1, context));
                });
    }

    /** The wait after the n-th try (from 1): the delay, doubled at each try, at most eight times the delay. */
    public static Duration backOff(Duration delay, int tried) {
        return delay.multipliedBy(Math.min(MAX_FACTOR, 1L << Math.min(Math.max(tried, 1) - 1, 30)));
    }

    /** The longest the waits of one piece of work add up to: what it may wait on top of its tries. */
    public static Duration worstCase(int retries, Duration delay) {
        Duration total = Duration.ZERO;
        for (int tried = 1; tried <= retries; tried++) {
            total = total.plus(backOff(delay, tried));
        }
        return total;
    }

    /** Completes once the wait is over, back on {@code context} when there is one; cancelled, it stops the timer. */
    private Uni<Void> later(Duration wait, Context context) {
        return Uni.createFrom().emitter(emitter -> {
            long timer = vertx.setTimer(Math.max(1, wait.toMillis()), fired -> {
                if (context == null) {
                    emitter.complete(null);
                } else {
                    context.runOnContext(resume -> emitter.complete(null));
                }
            });
            emitter.onTermination(() -> vertx.cancelTimer(timer));
        });
    }

    /** The failure and, when it wraps one, its root cause: "cannot put ... (ConnectException: refused)". */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " (" + root + ")";
    }
}
