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

    /**
     * What a tenant stores, in place of what it had: the refresh token its seller's authorisation of the app gave
     * (Atzr|...), a Creators API credential, or both.
     */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Request(@Schema(nullable = true) SpApi spApi, @Schema(nullable = true) Creators creators) {
    }

    /** A Creators API credential from Associates Central, and the Associates tracking id lookups earn for. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Creators(@Schema(required = true, example = "amzn1.application-oa2-client.abc") String credentialId,
                           @Schema(required = true, example = "amzn1.oa2-cs.v1.xyz") String credentialSecret,
                           @Schema(required = true, example = "3.2", description = "the version shown beside the "
                                   + "credential: 2.1-2.3 (Cognito) or 3.1-3.3 (Login with Amazon) for NA/EU/FE")
                           String credentialVersion,
                           @Schema(required = true, example = "myshop-21") String partnerTag) {
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
                       @Schema(nullable = true) String updatedBy,
                       CreatorsView creators) {
    }

    /** The Creators API credential the tenant's lookups use, the same way: the secret never shown. */
    @RegisterForReflection
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CreatorsView(@Schema(enumeration = {"own", "platform", "none"}) String uses,
                               @Schema(nullable = true) String credentialId,
                               @Schema(nullable = true) String credentialSecret,
                               @Schema(nullable = true) String fingerprint,
                               @Schema(nullable = true) String credentialVersion,
                               @Schema(nullable = true) String partnerTag) {
    }
}
