package com.code2asin.model.event;

import com.code2asin.model.Marketplace;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * One entry of an item's change log: a lookup ({@code kind} lookup) or a person's decision (review), the ASIN before
 * and after, why, and for a lookup how long it took, with which provider and on which marketplace.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemChange(
        Instant at,
        ChangeKind kind,
        ItemStatus status,
        String previousAsin,
        String newAsin,
        String reason,
        Long durationMs,
        String provider,
        Marketplace marketplace,
        String actor) {
}
