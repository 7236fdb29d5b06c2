package com.code2asin.jobs.messaging;

import com.code2asin.jobs.service.Dispatcher;
import com.code2asin.jobs.service.ResultService;
import com.code2asin.model.event.BatchDone;
import com.code2asin.support.JobLogs;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code batch-done}; the service applies it idempotently. An event that cannot be applied goes to the DLQ. */
@ApplicationScoped
public class BatchDoneConsumer {

    private final ResultService results;
    private final Dispatcher dispatcher;
    private final ConsumerRetries retries;

    BatchDoneConsumer(ResultService results, Dispatcher dispatcher, ConsumerRetries retries) {
        this.results = results;
        this.dispatcher = dispatcher;
        this.retries = retries;
    }

    @Incoming("batch-done")
    public Uni<Void> consume(BatchDone event) {
        if (event == null || event.jobId() == null) {
            throw new IllegalArgumentException("batch-done event without a job id: not a valid BatchDone payload");
        }
        JobLogs.about(event.jobId(), event.tenant());
        return retries.apply("batch.done of job " + event.jobId(), () -> results.applyBatch(event))
                .invoke(dispatcher::requestRound) // its window has room: the next batch goes now
                .onFailure().invoke(e -> Log.warnf(e, "job %s: event not applied, sent to the DLQ", event.jobId()));
    }
}
