package com.code2asin.model.event;

import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code export.requested}: turn a result snapshot into a file (job-api -> export-service). {@code seller_id}, the
 * seller's Amazon merchant token, is given for {@code listings_json} only (its feed header names the seller).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportRequested(
        UUID exportId,
        UUID jobId,
        String tenant,
        ExportFormat format,
        boolean includeUnmatched,
        String snapshotKey,
        String sellerId) {

    public ExportRequested(UUID exportId, UUID jobId, String tenant, ExportFormat format, boolean includeUnmatched,
                           String snapshotKey) {
        this(exportId, jobId, tenant, format, includeUnmatched, snapshotKey, null);
    }
}
