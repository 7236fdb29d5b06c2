package com.code2asin.lookup.messaging;

import com.code2asin.model.EventTypes;
import com.code2asin.model.event.BatchDone;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes {@code batch.done} on {@code code2asin.batch-done.v1}, keyed by job id; completes once Kafka acked. */
@ApplicationScoped
public class BatchDonePublisher {

    private final MutinyEmitter<BatchDone> emitter;

    BatchDonePublisher(@Channel("batch-done") MutinyEmitter<BatchDone> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(BatchDone done) {
        return emitter.sendMessage(CloudEvents.message(done, EventTypes.BATCH_DONE, done.jobId().toString(),
                done.jobId(), done.tenant()));
    }
}
