package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.OutboxEvent;
import com.code2asin.jobs.repository.OutboxRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Writes an event into the outbox; call it inside the transaction of the change the event reports. */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository outbox;
    private final ObjectMapper json;

    Outbox(OutboxRepository outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** Keyed by job id, so every event of a job keeps its order on Kafka. */
    public Uni<Void> add(String topic, String type, UUID jobId, String tenant, Object payload) {
        return outbox.persist(event(topic, type, jobId, tenant, payload)).replaceWithVoid();
    }

    /** The outbox row of an event, for a caller that writes it itself (job creation's bulk transaction). */
    OutboxEvent event(String topic, String type, UUID jobId, String tenant, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.type = type;
        event.eventKey = jobId.toString();
        event.subject = jobId.toString();
        event.tenant = tenant;
        event.payload = toJson(payload);
        event.createdAt = Instant.now();
        return event;
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload cannot be serialized: " + e.getMessage(), e);
        }
    }
}
