package com.code2asin.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import java.time.Instant;
import java.util.UUID;

/**
 * A group of items sent to lookup-worker; open until its {@code batch.done} arrives, re-sent when overdue. Updated
 * column by column: a re-send (attempt, sent_at) never writes back a {@code done_at} an answer set meanwhile.
 */
@Entity
@DynamicUpdate
@Table(name = "batch")
public class Batch {

    @Id
    public UUID id;
    public UUID jobId;
    public int attempt;
    public int itemCount;
    public Instant sentAt;
    public Instant doneAt;
}
