package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.OutboxEvent;
import com.code2asin.jobs.repository.OutboxRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.UUID;

/** Writes an event into the outbox; call it inside the transaction of the change the event reports. */
@ApplicationScoped
public class Outbox {

    /** Fired once events are committed: the relay sends them now instead of at its next timer. */
    public record Written() {
    }

    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final Event<Written> written;

    Outbox(OutboxRepository outbox, ObjectMapper json, Event<Written> written) {
        this.outbox = outbox;
        this.json = json;
        this.written = written;
    }

    /** After the commit of a transaction that added events on the hot path of a job: relays them at once. */
    public void relaySoon() {
        written.fire(new Written());
    }

    /**
     * Keyed by job id, so every event of a job keeps its order on Kafka; sent in the current trace, or in the job's
     * when written outside any request or event (a background round).
     */
    public Uni<Void> add(String topic, String type, Job job, Object payload) {
        return outbox.persist(event(topic, type, job, payload)).replaceWithVoid();
    }

    /** Keyed by {@code key}: for events of a job whose order does not matter, spread over the topic's partitions. */
    public Uni<Void> add(String topic, String type, UUID key, Job job, Object payload) {
        OutboxEvent event = event(topic, type, job, payload);
        event.eventKey = key.toString();
        return outbox.persist(event).replaceWithVoid();
    }

    /** Keyed by {@code key}, in the current trace: for a person's action on one item of a job. */
    public Uni<Void> add(String topic, String type, UUID key, UUID jobId, String tenant, Object payload) {
        OutboxEvent event = event(topic, type, jobId, tenant, TraceParents.current(), payload);
        event.eventKey = key.toString();
        return outbox.persist(event).replaceWithVoid();
    }

    /** The outbox row of an event, for a caller that writes it itself (job creation's bulk transaction). */
    OutboxEvent event(String topic, String type, Job job, Object payload) {
        return event(topic, type, job.id, job.tenant, TraceParents.currentOr(job.traceParent), payload);
    }

    private OutboxEvent event(String topic, String type, UUID jobId, String tenant, String traceParent,
                              Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.type = type;
        event.eventKey = jobId.toString();
        event.subject = jobId.toString();
        event.tenant = tenant;
        event.payload = toJson(payload);
        event.createdAt = Instant.now();
        event.traceParent = traceParent;
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
