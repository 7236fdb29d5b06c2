package com.code2asin.model.event;

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
        String title,
        String brand,
        String manufacturer,
        BigDecimal price,
        String currency,
        Integer salesRank,
        String category,
        List<String> images,
        String parentAsin,
        Integer packageQuantity,
        MatchType matchType,
        double confidence) {
}
