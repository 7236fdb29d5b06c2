package com.code2asin.images.messaging;

import com.code2asin.model.EventTypes;
import com.code2asin.model.event.ImagesStored;
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

/** {@code images.stored} on {@code code2asin.images-stored.v1}: CloudEvents binary headers, key = job id. */
@ApplicationScoped
public class ImagesStoredPublisher {

    private static final URI SOURCE = URI.create("/code2asin/image-fetcher");

    private final MutinyEmitter<ImagesStored> emitter;

    public ImagesStoredPublisher(@Channel("images-stored") MutinyEmitter<ImagesStored> emitter) {
        this.emitter = emitter;
    }

    /** Completes when the broker has acknowledged the record. */
    public Uni<Void> publish(ImagesStored event) {
        String jobId = event.jobId().toString();
        var cloudEvent = OutgoingCloudEventMetadata.<ImagesStored>builder()
                .withId(UUID.randomUUID().toString())
                .withType(EventTypes.IMAGES_STORED)
                .withSource(SOURCE)
                .withSubject(jobId)
                .withTimestamp(ZonedDateTime.now())
                .withDataContentType("application/json");
        if (event.tenant() != null) {
            cloudEvent.withExtension(EventTypes.TENANT_EXTENSION, event.tenant());
        }
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder().withKey(jobId).build();
        return emitter.sendMessage(Message.of(event, Metadata.of(cloudEvent.build(), record)));
    }
}
