package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.domain.JobItem;
import java.time.Instant;
import java.util.UUID;

/** A result after a person's decision. The request body is optional: {@code {"asin": "B0..."}}. */
public record ReviewDecision(UUID itemId, String status, String asin, String matchType, String reviewedBy,
                             Instant reviewedAt) {

    public record Body(String asin) {
    }

    public static ReviewDecision of(JobItem item) {
        return new ReviewDecision(item.id, item.status.value(), item.asin,
                item.matchType == null ? null : item.matchType.value(), item.reviewedBy, item.reviewedAt);
    }
}
