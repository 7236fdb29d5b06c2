package com.code2asin.exports.messaging;

import com.code2asin.model.EventTypes;
import com.code2asin.model.event.ExportDone;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

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
        var cloudEvent = OutgoingCloudEventMetadata.<ExportDone>builder()
                .withId(UUID.randomUUID().toString())
                .withType(EventTypes.EXPORT_DONE)
                .withSource(SOURCE)
                .withSubject(jobId)
                .withTimestamp(ZonedDateTime.now())
                .withDataContentType("application/json")
                .withExtension(EventTypes.TENANT_EXTENSION, event.tenant())
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder().withKey(jobId).build();
        return emitter.sendMessage(Message.of(event, Metadata.of(cloudEvent, record)));
    }
}
