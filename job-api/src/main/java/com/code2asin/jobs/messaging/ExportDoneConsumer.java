package com.code2asin.jobs.messaging;

import com.code2asin.jobs.service.ResultService;
import com.code2asin.model.event.ExportDone;
import com.code2asin.support.JobLogs;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Consumes {@code export-done}; the service applies it idempotently. An event that cannot be applied goes to the DLQ. */
@ApplicationScoped
public class ExportDoneConsumer {

    private final ResultService results;
    private final ConsumerRetries retries;

    ExportDoneConsumer(ResultService results, ConsumerRetries retries) {
        this.results = results;
        this.retries = retries;
    }

    @Incoming("export-done")
    public Uni<Void> consume(ExportDone event) {
        if (event == null || event.jobId() == null) {
            throw new IllegalArgumentException("export-done event without a job id: not a valid ExportDone payload");
        }
        JobLogs.about(event.jobId(), event.tenant());
        return retries.apply("export.done of job " + event.jobId(), () -> results.applyExport(event))
                .onFailure().invoke(e -> Log.warnf(e, "job %s: event not applied, sent to the DLQ", event.jobId()));
    }
}
