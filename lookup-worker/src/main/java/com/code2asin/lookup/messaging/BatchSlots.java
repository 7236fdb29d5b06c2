package com.code2asin.lookup.messaging;

import io.smallrye.mutiny.Uni;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code max} batches under way at once in the replica. {@link #take()} completes when one is free (at once,
 * or when a batch under way hands its slot over), so the consumer asks Kafka for the next record only then.
 */
final class BatchSlots {

    private final int max;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private int taken;

    BatchSlots(int max) {
        this.max = max;
    }

    Uni<Void> take() {
        return Uni.createFrom().emitter(emitter -> {
            synchronized (this) {
                if (taken < max) {
                    taken++;
                    emitter.complete(null);
                    return;
                }
                waiting.add(() -> emitter.complete(null));
            }
        });
    }

    /** The slot goes to the next waiting record, or back to the pool. */
    void give() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                taken--;
                return;
            }
        }
        next.run();
    }
}
