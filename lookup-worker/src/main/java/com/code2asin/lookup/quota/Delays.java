package com.code2asin.lookup.quota;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Waits on a Vert.x timer, which resumes on the caller's Vert.x context: the database and Kafka work that follows
 * stays on its event loop (Mutiny's own delays resume on another thread pool). A wait given up (cancelled, as when a
 * deadline races a lookup) cancels its timer.
 */
@ApplicationScoped
public class Delays {

    private final Vertx vertx;

    public Delays(Vertx vertx) {
        this.vertx = vertx;
    }

    public Uni<Void> sleep(Duration duration) {
        long ms = duration.toMillis();
        if (ms <= 0) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().emitter(e -> {
            long timer = vertx.setTimer(ms, id -> e.complete(null));
            e.onTermination(() -> vertx.cancelTimer(timer));
        });
    }
}
