package com.code2asin.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Error classes of an item; all but {@code invalid_data} are retried automatically, on the job's retry schedule.
 * {@code auth} is too: Amazon refused a credential (a fresh token included), which passes once someone fixes it.
 */
public enum ErrorCategory {
    @JsonProperty("network") NETWORK,
    @JsonProperty("api_rate_limit") API_RATE_LIMIT,
    @JsonProperty("invalid_data") INVALID_DATA,
    @JsonProperty("auth") AUTH,
    @JsonProperty("unknown") UNKNOWN;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean retryable() {
        return this == NETWORK || this == API_RATE_LIMIT || this == UNKNOWN || this == AUTH;
    }
}
