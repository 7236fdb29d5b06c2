package com.code2asin.lookup.rest;

import com.code2asin.model.event.ErrorCategory;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to "test the connection": whether a token and one catalog call worked, and if not, why. */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionTest(
        boolean ok,
        String provider,
        String marketplace,
        long ms,
        @Schema(nullable = true) ErrorCategory errorCategory,
        @Schema(nullable = true) String error) {
}
