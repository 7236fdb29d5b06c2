package com.code2asin.model.event;

import java.time.Instant;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code asin.associated}, {@code asin.changed} or {@code asin.rejected}: a person decided an item's ASIN (job-api ->
 * any platform service). {@code previousAsin} is what the item had before, {@code newAsin} what it has now (null when
 * rejected and nothing replaced it); {@code asin} is the ASIN the decision was about.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AsinDecision(
        UUID jobId,
        UUID itemId,
        String tenant,
        String productId,
        String code,
        String gtin14,
        String asin,
        String previousAsin,
        String newAsin,
        MatchType matchType,
        Double confidence,
        String actor,
        String reason,
        Instant decidedAt) {
}
