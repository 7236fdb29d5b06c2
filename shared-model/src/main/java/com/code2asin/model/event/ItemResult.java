package com.code2asin.model.event;

import com.code2asin.model.Marketplace;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The outcome of one item's lookup; {@code chosen} is the ASIN of the matched candidate, if any, and
 * {@code marketplace} the marketplace whose catalog gave the candidates (the last one asked when none did).
 * {@code raw_answer} is what the provider answered for the item's code there, as JSON, gzipped and base64-encoded
 * (bounded: a larger answer is replaced by a note saying so); none when the answer came from the cache.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(
        UUID itemId,
        ItemStatus status,
        List<Candidate> candidates,
        String chosen,
        MatchType matchType,
        Double confidence,
        ErrorCategory errorCategory,
        String error,
        boolean fromCache,
        long ms,
        Marketplace marketplace,
        String rawAnswer) {

    public ItemResult(UUID itemId, ItemStatus status, List<Candidate> candidates, String chosen, MatchType matchType,
                      Double confidence, ErrorCategory errorCategory, String error, boolean fromCache, long ms,
                      Marketplace marketplace) {
        this(itemId, status, candidates, chosen, matchType, confidence, errorCategory, error, fromCache, ms,
                marketplace, null);
    }
}
