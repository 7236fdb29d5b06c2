package com.code2asin.jobs.service;

import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Background work that runs one round at a time (a dispatch round, an outbox relay): when its timer fires, and sooner
 * when what it waits for has happened (a batch answered, events written). Asked while a round runs, it runs once
 * more when that round ends, however often it was asked: nothing asked is missed, nothing piles up. Rounds start at
 * least {@code gap} apart, so that work asked for many times a second is done a few times a second, in bulk. (The
 * scheduler alone checks its timers once a second, which would put a second between each hop of a lookup.) Once
 * stopped (the service shutting down) no round starts: they would only fail on a closed connection pool.
 */
public final class BackgroundRound {

    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int AGAIN = 2;

    private final AtomicInteger state = new AtomicInteger(IDLE);
    private final Vertx vertx;
    private final String name;
    private final Supplier<Uni<Void>> round;
    private final long gapMillis;
    private volatile long startedAt;
    private volatile boolean stopped;

    public BackgroundRound(Vertx vertx, String name, Duration gap, Supplier<Uni<Void>> round) {
        this.vertx = vertx;
        this.name = name;
        this.gapMillis = gap.toMillis();
        this.round = round;
    }

    /** Runs a round now, or once more after the one running. */
    public void request() {
        if (!stopped && state.getAndUpdate(s -> s == IDLE ? RUNNING : AGAIN) == IDLE) {
            startAfterGap();
        }
    }

    /** No round starts from now on; the one running, if any, ends as it will. */
    public void stop() {
        stopped = true;
    }

    private void startAfterGap() {
        long wait = startedAt + gapMillis - System.currentTimeMillis();
        if (wait > 0) {
            vertx.setTimer(wait, id -> start());
        } else {
            start();
        }
    }

    private void start() {
        if (stopped) {
            state.set(IDLE);
            return;
        }
        startedAt = System.currentTimeMillis();
        runOnOwnContext(vertx, () -> round.get().onFailure().invoke(e -> Log.warnf("%s failed, the next round "
                + "tries again: %s", name, e.getMessage())).onFailure().recoverWithNull(), this::ended);
    }

    private void ended() {
        while (true) {
            if (state.compareAndSet(AGAIN, RUNNING)) {
                startAfterGap();
                return;
            }
            if (state.compareAndSet(RUNNING, IDLE)) {
                return;
            }
        }
    }

    /**
     * Runs {@code work} on a Vert.x context of its own, as a request has: Hibernate Reactive keeps its session per
     * context, so background work must not share the caller's. {@code ended} runs when the work ends, however.
     */
    static void runOnOwnContext(Vertx vertx, Supplier<Uni<Void>> work, Runnable ended) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Uni.createFrom().deferred(work::get).onTermination().invoke(ended)
                .subscribe().with(done -> { }, failure -> Log.error("background work failed", failure)));
    }
}
