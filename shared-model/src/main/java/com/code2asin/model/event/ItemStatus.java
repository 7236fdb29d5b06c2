package com.code2asin.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an item stands. {@code pending} and {@code invalid} never leave job-api in a {@code batch.done}. */
public enum ItemStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("matched") MATCHED,
    @JsonProperty("ambiguous") AMBIGUOUS,
    @JsonProperty("unmatched") UNMATCHED,
    @JsonProperty("failed") FAILED,
    @JsonProperty("invalid") INVALID;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Final statuses need no more lookup; {@code failed} may still be retried by a job retry. */
    public boolean isFinal() {
        return this != PENDING;
    }
}
