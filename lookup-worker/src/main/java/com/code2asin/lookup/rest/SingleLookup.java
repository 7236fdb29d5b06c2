package com.code2asin.lookup.rest;

import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to "search one product": the code as understood, and what the provider found for it. */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SingleLookup(
        String code,
        String gtin14,
        String codeType,
        String marketplace,
        String provider,
        ItemStatus status,
        @Schema(nullable = true) String asin,
        @Schema(nullable = true) MatchType matchType,
        @Schema(nullable = true) Double confidence,
        boolean fromCache,
        @Schema(nullable = true) ErrorCategory errorCategory,
        @Schema(nullable = true) String error,
        long ms,
        List<Candidate> candidates) {
}
