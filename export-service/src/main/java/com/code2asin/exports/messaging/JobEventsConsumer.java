package com.code2asin.exports.messaging;

import com.code2asin.exports.service.ExportService;
import com.code2asin.model.EventTypes;
import com.code2asin.model.event.JobEvent;
import com.code2asin.support.JobLogs;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code code2asin.jobs.v1}: a {@code job.completed} with a snapshot gets the default XLSX export; every other job
 * event is acknowledged and ignored. The export id is derived from the job id, so a redelivery does not export twice.
 * A failure that passes is tried again ({@link ConsumerRetries}); an event that can never be exported goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class JobEventsConsumer {

    private static final String COMPLETED = EventTypes.job("completed");

    private final ExportService exports;
    private final ExportDonePublisher publisher;
    private final ConsumerRetries retries;

    public JobEventsConsumer(ExportService exports, ExportDonePublisher publisher, ConsumerRetries retries) {
        this.exports = exports;
        this.publisher = publisher;
        this.retries = retries;
    }

    @Incoming("jobs")
    public Uni<Void> consume(JobEvent job, IncomingKafkaRecordMetadata<String, JobEvent> metadata) {
        Header type = metadata.getHeaders().lastHeader("ce_type");
        if (type == null || !COMPLETED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return Uni.createFrom().voidItem();
        }
        if (job == null) {
            throw new IllegalArgumentException("The record is not a job.completed JSON payload; its bytes are in the "
                    + "deserialization-failure-value-data header");
        }
        JobLogs.about(job.jobId(), job.tenant());
        if (job.snapshotKey() == null) {
            Log.warnf("job.completed of job %s carries no snapshot_key; no default export", job.jobId());
            return Uni.createFrom().voidItem();
        }
        return retries.apply("Default export of job " + job.jobId(),
                        () -> exports.export(ExportService.defaultExport(job)).chain(publisher::publish))
                .onFailure().invoke(failure -> Log.errorf(failure,
                        "Default export of job %s failed; the event goes to the dead-letter topic", job.jobId()));
    }
}
