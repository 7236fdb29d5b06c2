package com.code2asin.jobs.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.code2asin.jobs.domain.JobItem;
import java.time.Instant;
import java.util.UUID;

/** A result after a person's decision. The request body is optional: {@code {"asin": "B0..."}}. */
public record ReviewDecision(UUID itemId, String status, @Schema(nullable = true) String asin, @Schema(nullable = true) String matchType, @Schema(nullable = true) String reviewedBy,
                             @Schema(nullable = true) Instant reviewedAt) {

    public record Body(String asin) {
    }

    public static ReviewDecision of(JobItem item) {
        return new ReviewDecision(item.id, item.status.value(), item.asin,
                item.matchType == null ? null : item.matchType.value(), item.reviewedBy, item.reviewedAt);
    }
}
