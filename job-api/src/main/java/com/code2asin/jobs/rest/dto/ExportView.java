package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.domain.ExportFile;
import java.time.Instant;
import java.util.UUID;

/** An export of a job: requested, done (with its download link) or failed (with why). */
public record ExportView(UUID id, String format, boolean includeUnmatched, String status, String objectKey,
                         Long rows, Long bytes, String error, String requestedBy, Instant createdAt, String statusUrl,
                         String downloadUrl) {

    public static ExportView of(ExportFile e) {
        String base = "/api/v1/code2asin/jobs/" + e.jobId + "/exports/" + e.id;
        return new ExportView(e.id, e.format, e.includeUnmatched, e.status, e.objectKey, e.rows, e.bytes, e.error,
                e.requestedBy, e.createdAt, base, "done".equals(e.status) ? base + "/download" : null);
    }
}
