package com.code2asin.lookup.rest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tenant's own Amazon account as PUT /api/v1/amazon/config takes it and as GET shows it (never the secret). */
public final class AmazonAccount {

    private AmazonAccount() {
    }

    /** What a tenant stores: the refresh token its seller's authorisation of the app gave (Atzr|...). */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Request(@Schema(required = true) SpApi spApi) {
    }

    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SpApi(@Schema(required = true, example = "Atzr|IwEBI...") String refreshToken) {
    }

    /**
     * Which account the tenant's lookups use: {@code own} (the one it stored), {@code platform} (the platform's, as
     * configuration allows) or {@code none} (lookups fail as auth until it stores one). The refresh token shows only
     * whether it is set and a fingerprint (the first 8 hex digits of its SHA-256) to tell two apart.
     */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record View(String tenant, @Schema(enumeration = {"own", "platform", "none"}) String uses,
                       @Schema(nullable = true) String refreshToken,
                       @Schema(nullable = true) String fingerprint,
                       @Schema(nullable = true) Instant updatedAt,
                       @Schema(nullable = true) String updatedBy) {
    }
}
