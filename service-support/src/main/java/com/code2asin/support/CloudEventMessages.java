package com.code2asin.support;

import com.code2asin.model.EventTypes;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * A payload as the services publish every event: a Kafka message with its key and CloudEvents 1.0 binary-mode
 * metadata ({@code ce_id}, {@code ce_type}, {@code ce_source}, {@code ce_subject} = the job id, {@code ce_time},
 * {@code ce_datacontenttype} and the {@code ce_tenant} extension), the headers the AsyncAPI document describes.
 */
public final class CloudEventMessages {

    private CloudEventMessages() {
    }

    /** A new event now: a random id, on the emitter's own topic. */
    public static <T> Message<T> of(T payload, URI source, String type, String jobId, String tenant, String key) {
        return of(payload, UUID.randomUUID().toString(), source, type, jobId, tenant, ZonedDateTime.now(), null, key);
    }

    /**
     * An event with its own id and time (an outbox row sent again keeps both, so consumers can tell a resend), on
     * {@code topic} when the emitter's channel does not fix it (null: the channel's).
     */
    public static <T> Message<T> of(T payload, String id, URI source, String type, String jobId, String tenant,
                                    ZonedDateTime time, String topic, String key) {
        OutgoingCloudEventMetadataBuilder<Object> ce = OutgoingCloudEventMetadata.builder()
                .withId(id)
                .withType(type)
                .withSource(source)
                .withSubject(jobId)
                .withTimestamp(time)
                .withDataContentType("application/json");
        if (tenant != null) {
            ce.withExtension(EventTypes.TENANT_EXTENSION, tenant);
        }
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> record =
                OutgoingKafkaRecordMetadata.<String>builder().withKey(key);
        if (topic != null) {
            record.withTopic(topic);
        }
        return Message.of(payload, Metadata.of(ce.build(), record.build()));
    }
}
