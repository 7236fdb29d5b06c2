package com.code2asin.jobs.messaging;

import com.code2asin.jobs.service.ResultService;
import com.code2asin.model.event.ImagesStored;
import com.code2asin.support.JobLogs;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code images-stored}; the service applies it idempotently. An event that cannot be applied goes to the DLQ. */
@ApplicationScoped
public class ImagesStoredConsumer {

    private final ResultService results;
    private final ConsumerRetries retries;

    ImagesStoredConsumer(ResultService results, ConsumerRetries retries) {
        this.results = results;
        this.retries = retries;
    }

    @Incoming("images-stored")
    public Uni<Void> consume(ImagesStored event) {
        if (event == null || event.jobId() == null) {
            throw new IllegalArgumentException("images-stored event without a job id: not a valid ImagesStored payload");
        }
        JobLogs.about(event.jobId(), event.tenant());
        return retries.apply("images.stored of job " + event.jobId(), () -> results.applyImages(event))
                .onFailure().invoke(e -> Log.warnf(e, "job %s: event not applied, sent to the DLQ", event.jobId()));
    }
}
