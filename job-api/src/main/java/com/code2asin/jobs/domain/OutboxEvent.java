package com.code2asin.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event written in the same transaction as the change it reports, relayed to Kafka by the outbox relay. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** Becomes {@code ce_id}: a relay repeated after a crash carries the same id, so consumers can drop it. */
    public UUID eventId;
    public String topic;
    public String eventKey;
    public String type;
    public String tenant;
    public String subject;
    public String payload;
    public Instant createdAt;
    public Instant sentAt;
    /** The W3C traceparent of the work that wrote the event (null: none): the event is sent in that trace. */
    public String traceParent;
}
