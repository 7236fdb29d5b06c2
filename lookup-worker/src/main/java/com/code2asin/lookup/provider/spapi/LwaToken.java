package com.code2asin.lookup.provider.spapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** LWA token response; {@code expires_in} is in seconds. */
@RegisterForReflection
public record LwaToken(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {
}
