package com.code2asin.model.event;

import com.code2asin.model.Marketplace;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code export.requested}: turn a result snapshot into a file (job-api -> export-service). {@code seller_id}, the
 * seller's Amazon merchant token, is given for {@code listings_json} only (its feed header names the seller).
 * {@code marketplace_columns} is set for a job that looked every code up on each of its marketplaces
 * ({@link MarketplaceMode#EACH}): the table formats write one line per code with a column group per marketplace, in
 * this order; absent, one line per result.
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
        String sellerId,
        List<Marketplace> marketplaceColumns) {

    public ExportRequested(UUID exportId, UUID jobId, String tenant, ExportFormat format, boolean includeUnmatched,
                           String snapshotKey) {
        this(exportId, jobId, tenant, format, includeUnmatched, snapshotKey, null, null);
    }
}
