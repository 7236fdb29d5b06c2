package com.code2asin.lookup.messaging;

import com.code2asin.model.EventTypes;
import com.code2asin.model.event.BatchDone;
import com.code2asin.support.CloudEventMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes {@code batch.done} on {@code code2asin.batch-done.v1}, keyed by job id; completes once Kafka acked. */
@ApplicationScoped
public class BatchDonePublisher {

    /** The ce_source of what lookup-worker publishes. */
    static final URI SOURCE = URI.create("/code2asin/lookup-worker");

    private final MutinyEmitter<BatchDone> emitter;

    BatchDonePublisher(@Channel("batch-done") MutinyEmitter<BatchDone> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(BatchDone done) {
        String jobId = done.jobId().toString();
        return emitter.sendMessage(CloudEventMessages.of(done, SOURCE, EventTypes.BATCH_DONE, jobId, done.tenant(),
                jobId));
    }
}
