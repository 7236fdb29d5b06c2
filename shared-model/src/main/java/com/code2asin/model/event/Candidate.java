package com.code2asin.model.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One ASIN Amazon returned for a code, with its data and how well it matches. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Candidate(
        String asin,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String brand,
        @Schema(nullable = true) String manufacturer,
        @Schema(nullable = true) BigDecimal price,
        @Schema(nullable = true) String currency,
        @Schema(nullable = true) Integer salesRank,
        @Schema(nullable = true) String category,
        @Schema(nullable = true) List<String> images,
        @Schema(nullable = true) String parentAsin,
        @Schema(nullable = true) Integer packageQuantity,
        @Schema(nullable = true) MatchType matchType,
        double confidence,
        @Schema(nullable = true, description = "The offers behind price (Product Pricing API); absent when not asked")
        OfferSummary offer) {
}
