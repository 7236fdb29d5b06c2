package com.code2asin.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A group of items sent to lookup-worker; open until its {@code batch.done} arrives, re-sent when overdue. */
@Entity
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
