package com.code2asin.exports.messaging;

import com.code2asin.exports.service.ExportService;
import com.code2asin.model.event.ExportRequested;
import com.code2asin.support.JobLogs;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code code2asin.export-requested.v1}: an explicit export. An export id already done is not produced again; its
 * {@code export.done} is published again (a crash between commit and send loses nothing). A failure that passes is
 * tried again ({@link ConsumerRetries}); a request that can never be exported goes to the dead-letter topic.
 */
@ApplicationScoped
public class ExportRequestedConsumer {

    private final ExportService exports;
    private final ExportDonePublisher publisher;
    private final ConsumerRetries retries;

    public ExportRequestedConsumer(ExportService exports, ExportDonePublisher publisher, ConsumerRetries retries) {
        this.exports = exports;
        this.publisher = publisher;
        this.retries = retries;
    }

    @Incoming("export-requested")
    public Uni<Void> consume(ExportRequested request) {
        if (request == null) {
            throw new IllegalArgumentException("The record is not an export.requested JSON payload; its bytes are in "
                    + "the deserialization-failure-value-data header");
        }
        JobLogs.about(request.jobId(), request.tenant());
        return retries.apply("Export " + request.exportId(), () -> exports.export(request).chain(publisher::publish))
                .onFailure().invoke(failure -> Log.errorf(failure,
                        "Export %s failed; the request goes to the dead-letter topic", request.exportId()));
    }
}
