package com.code2asin.exports.messaging;

import com.code2asin.exports.config.ExportConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The consumed work under way, and what a shutdown (SIGTERM) does to it. From the shutdown on, no new work starts and
 * the work under way gets {@code export-service.shutdown-grace} to finish: recorded, announced and acknowledged, its
 * offset is committed when the Kafka consumers close, after this wait. Work that fails from then on (PostgreSQL
 * pool closed, build interrupted), or is still running when the wait is over, is handed back: neither acknowledged nor
 * sent to the dead-letter topic, its offset stays uncommitted and the replica that takes the partition over does it
 * again. Nothing half written is announced: a file is uploaded under its final key in one piece (a multipart upload
 * appears only once complete) and announced only after its row is committed.
 */
@ApplicationScoped
public class InFlightExports {

    private final Duration grace;
    private final Object lock = new Object();
    private int running;
    private volatile boolean stopping;

    @Inject
    InFlightExports(ExportConfig config) {
        this(config.shutdownGrace());
    }

    InFlightExports(Duration grace) {
        this.grace = grace;
    }

    /** Runs the work unless the service is stopping; a failure once it is stopping hands the work back. */
    public <T> Uni<T> run(String what, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            if (!starting()) {
                Log.infof("%s not started: the service is stopping; handed back to the next consumer", what);
                return Uni.createFrom().<T>nothing();
            }
            return Uni.createFrom().<T>deferred(work::get).onTermination().invoke(this::finished);
        }).onFailure(failure -> stopping).recoverWithUni(failure -> {
            Log.infof("%s failed while the service stops (%s); handed back to the next consumer", what, failure);
            return Uni.createFrom().nothing();
        });
    }

    /** Whether a shutdown has begun: failures are no longer tried again. */
    public boolean stopping() {
        return stopping;
    }

    void onShutdown(@Observes ShutdownEvent event) {
        drain();
    }

    /** Stops new work and waits for the work under way, at most the grace; returns how much is still running. */
    int drain() {
        synchronized (lock) {
            stopping = true;
            long deadline = System.nanoTime() + grace.toNanos();
            long left = grace.toNanos();
            while (running > 0 && left > 0) {
                Log.infof("Shutting down: waiting up to %d ms for %d export(s) under way", left / 1_000_000, running);
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                left = deadline - System.nanoTime();
            }
            if (running > 0) {
                Log.warnf("Shutting down with %d export(s) still under way after %s: handed back, their offsets are "
                        + "not committed", running, grace);
            }
            return running;
        }
    }

    private boolean starting() {
        synchronized (lock) {
            if (stopping) {
                return false;
            }
            running++;
            return true;
        }
    }

    private void finished() {
        synchronized (lock) {
            running--;
            lock.notifyAll();
        }
    }
}
