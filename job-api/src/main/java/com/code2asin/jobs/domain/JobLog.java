package com.code2asin.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a job's log (info, warning, error), shown to users and counted in the timeline. */
@Entity
@Table(name = "job_log")
public class JobLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID jobId;
    public LogLevel level;
    public String message;
    /** The item, when the line is about one. */
    public UUID itemId;
    /** That item's product id, as the file gave it (null when it gave none). */
    public String productId;
    public Instant createdAt;

    public static JobLog of(UUID jobId, LogLevel level, String message) {
        JobLog log = new JobLog();
        log.jobId = jobId;
        log.level = level;
        log.message = message;
        log.createdAt = Instant.now();
        return log;
    }
}
