package com.code2asin.images.domain;

import com.code2asin.model.event.ImageRequested;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An {@code image.requested} already handled (table {@code processed_request}), written in the same transaction as
 * the images it stored, with the {@code images.stored} payload it produced so a redelivery re-publishes that outcome
 * instead of fetching again.
 */
@Entity
@Table(name = "processed_request")
public class ProcessedRequest {

    @Id
    @Column(name = "request_key")
    private String requestKey;

    @Column(name = "job_id")
    private UUID jobId;

    @Column(name = "item_id")
    private UUID itemId;

    /** JSON of the {@code images.stored} payload. */
    private String outcome;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected ProcessedRequest() {
    }

    public ProcessedRequest(String requestKey, UUID jobId, UUID itemId, String outcome) {
        this.requestKey = requestKey;
        this.jobId = jobId;
        this.itemId = itemId;
        this.outcome = outcome;
        this.processedAt = Instant.now();
    }

    /**
     * Dedupe key: the same item of the same job asking for the same product and ASIN. A redelivery, or the same batch
     * answer sent twice by lookup-worker (a new ce_id, same content), maps to the same key; a later job for the
     * product, or another ASIN chosen for the item, is a new request.
     */
    public static String keyOf(ImageRequested request) {
        return request.jobId() + "/" + request.itemId() + "/" + request.productKey() + "/" + request.asin();
    }

    public String outcome() {
        return outcome;
    }
}
