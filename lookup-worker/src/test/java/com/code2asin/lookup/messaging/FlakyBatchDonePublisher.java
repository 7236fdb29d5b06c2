package com.code2asin.lookup.messaging;

import com.code2asin.model.event.BatchDone;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * The real publisher, except that a batch can be made to fail its first sends; counts the sends tried per batch and
 * keeps the last {@code batch.done} of each. Enabled by {@link ConsumerResilienceTest}'s profile only.
 */
@Alternative
@Singleton
public class FlakyBatchDonePublisher extends BatchDonePublisher {

    private record Plan(AtomicInteger failuresLeft, Supplier<RuntimeException> failure) {
    }

    static final Map<UUID, AtomicInteger> SENDS = new ConcurrentHashMap<>();
    static final Map<UUID, BatchDone> PUBLISHED = new ConcurrentHashMap<>();
    private static final Map<UUID, Plan> PLANS = new ConcurrentHashMap<>();

    FlakyBatchDonePublisher(@Channel("batch-done") MutinyEmitter<BatchDone> emitter) {
        super(emitter);
    }

    /** The next {@code times} sends of the batch's answer fail with {@code failure}. */
    static void failNext(UUID batchId, int times, Supplier<RuntimeException> failure) {
        PLANS.put(batchId, new Plan(new AtomicInteger(times), failure));
    }

    @Override
    public Uni<Void> publish(BatchDone done) {
        SENDS.computeIfAbsent(done.batchId(), id -> new AtomicInteger()).incrementAndGet();
        Plan plan = PLANS.get(done.batchId());
        if (plan != null && plan.failuresLeft().getAndDecrement() > 0) {
            return Uni.createFrom().failure(plan.failure().get());
        }
        return super.publish(done).invoke(() -> PUBLISHED.put(done.batchId(), done));
    }
}
