package com.code2asin.lookup.provider.creators;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Token response of Cognito and LWA; {@code expires_in} is in seconds and may be absent (then 3600 is assumed). */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreatorsToken(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") Long expiresIn) {

    static final long ASSUMED_LIFETIME_SECONDS = 3600;

    long lifetimeSeconds() {
        return expiresIn == null || expiresIn <= 0 ? ASSUMED_LIFETIME_SECONDS : expiresIn;
    }

    @Override
    public String toString() {
        return "CreatorsToken[accessToken=***, tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
