package com.code2asin.exports.messaging;

import com.code2asin.model.EventTypes;
import com.code2asin.model.event.ExportDone;
import com.code2asin.support.CloudEventMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** {@code export.done} on {@code code2asin.export-done.v1}: CloudEvents binary headers, key = job id. */
@ApplicationScoped
public class ExportDonePublisher {

    private static final URI SOURCE = URI.create("/code2asin/export-service");

    private final MutinyEmitter<ExportDone> emitter;

    public ExportDonePublisher(@Channel("export-done") MutinyEmitter<ExportDone> emitter) {
        this.emitter = emitter;
    }

    /** Completes when the broker has acknowledged the record. */
    public Uni<Void> publish(ExportDone event) {
        String jobId = event.jobId().toString();
        return emitter.sendMessage(CloudEventMessages.of(event, SOURCE, EventTypes.EXPORT_DONE, jobId, event.tenant(),
                jobId));
    }
}
