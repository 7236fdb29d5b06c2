package com.code2asin.lookup.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A {@code lookup.requested} attempt already answered: a redelivery of it is skipped and costs no quota. */
@Entity
@Table(name = "processed_batch")
public class ProcessedBatch {

    /** {@code <batch id>:<attempt>}. */
    @Id
    public String id;

    public int items;

    public Instant processedAt;

    public static ProcessedBatch of(UUID batchId, int attempt, int items) {
        ProcessedBatch p = new ProcessedBatch();
        p.id = key(batchId, attempt);
        p.items = items;
        p.processedAt = Instant.now();
        return p;
    }

    public static String key(UUID batchId, int attempt) {
        return batchId + ":" + attempt;
    }
}
