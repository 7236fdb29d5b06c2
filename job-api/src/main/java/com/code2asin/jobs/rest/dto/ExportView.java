package com.code2asin.jobs.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.code2asin.jobs.domain.ExportFile;
import com.code2asin.jobs.domain.ExportStatus;
import java.time.Instant;
import java.util.UUID;

/** An export of a job: requested, done (with its download link) or failed (with why). */
public record ExportView(UUID id, @Schema(enumeration = {"xlsx", "csv", "json", "listings_json", "inventory_loader"}) String format, boolean includeUnmatched, @Schema(enumeration = {"requested", "done", "failed"}) String status, @Schema(nullable = true) String objectKey,
                         @Schema(nullable = true) Long rows, @Schema(nullable = true) Long bytes, @Schema(nullable = true) String error, @Schema(nullable = true) String requestedBy, Instant createdAt, String statusUrl,
                         @Schema(nullable = true) String sellerId,
                         @Schema(nullable = true) String downloadUrl) {

    public static ExportView of(ExportFile e) {
        String base = "/api/v1/code2asin/jobs/" + e.jobId + "/exports/" + e.id;
        return new ExportView(e.id, e.format.value(), e.includeUnmatched, e.status.value(), e.objectKey, e.rows,
                e.bytes, e.error, e.requestedBy, e.createdAt, base, e.sellerId,
                e.status == ExportStatus.DONE ? base + "/download" : null);
    }
}
