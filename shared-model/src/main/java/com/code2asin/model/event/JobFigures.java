package com.code2asin.model.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The eight figures of a job (the tiles of its page), carried on job events. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobFigures(
        long total,
        long withAsin,
        long withImages,
        long withPrice,
        long exact,
        long fuzzy,
        long partial,
        @Schema(nullable = true) Double avgConfidence) {
}
