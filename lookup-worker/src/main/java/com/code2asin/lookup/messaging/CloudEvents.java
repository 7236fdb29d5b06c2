package com.code2asin.lookup.messaging;

import com.code2asin.model.EventTypes;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Wraps a payload in a Kafka message with its key and CloudEvents binary-mode metadata ({@code ce_*} headers). */
final class CloudEvents {

    static final URI SOURCE = URI.create("/code2asin/lookup-worker");

    private CloudEvents() {
    }

    static <T> Message<T> message(T payload, String type, String key, UUID jobId, String tenant) {
        OutgoingCloudEventMetadata<Object> ce = OutgoingCloudEventMetadata.builder()
                .withId(UUID.randomUUID().toString())
                .withType(type)
                .withSource(SOURCE)
                .withSubject(jobId.toString())
                .withTimestamp(ZonedDateTime.now())
                .withExtension(EventTypes.TENANT_EXTENSION, tenant)
                .build();
        return Message.of(payload, Metadata.of(ce, OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()));
    }
}
