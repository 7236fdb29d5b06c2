package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobTally;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A job in a list, with the compatibility name {@code successful_conversions} (codes with an ASIN) and
 * {@code failed_conversions} (the others that are final: invalid, unmatched, ambiguous, failed).
 */
public record JobView(
        UUID id,
        String name,
        @Schema(nullable = true) String supplierCode,
        @Schema(nullable = true) String fileName,
        @Schema(enumeration = {"pending", "processing", "paused", "completed", "failed", "cancelled"})
        String status,
        int totalCodes,
        int invalidCodes,
        long successfulConversions,
        long failedConversions,
        String marketplace,
        List<String> marketplaces,
        @Schema(enumeration = {"fallback", "each"}, description = "fallback: the marketplaces in turn, one result a "
                + "code; each: one result per code and marketplace")
        String marketplaceMode,
        String provider,
        int retryCount,
        int maxRetries,
        @Schema(nullable = true) String createdBy,
        Instant createdAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant completedAt) {

    public static JobView from(Job j, JobTally t) {
        return new JobView(j.id, j.name, j.supplierCode, j.fileName, j.status.value(), j.total, j.invalidCount,
                t.withAsin, t.total - t.pending - t.withAsin,
                j.marketplace.name(), j.marketplaceNames(), j.marketplaceMode.value(), j.provider, j.retryCount,
                j.maxRetries, j.createdBy, j.createdAt, j.startedAt, j.completedAt);
    }
}
