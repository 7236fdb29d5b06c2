package com.code2asin.jobs.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.code2asin.jobs.domain.ReviewRule;
import java.time.Instant;
import java.util.UUID;

/** A remembered decision: code (GTIN-14), ASIN, always or never, who and when. */
public record RuleView(UUID id, String gtin14, String asin, @Schema(enumeration = {"always", "never"}) String decision, String createdBy, Instant createdAt) {

    public static RuleView of(ReviewRule rule) {
        return new RuleView(rule.id, rule.gtin14, rule.asin, rule.decision, rule.createdBy, rule.createdAt);
    }
}
