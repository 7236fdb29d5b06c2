package com.code2asin.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a job naming several marketplaces asks them. */
public enum MarketplaceMode {
    /** The first marketplace, then the next ones in turn for the codes it has no candidate for: one result a code. */
    @JsonProperty("fallback") FALLBACK("fallback"),
    /** Every code on every marketplace: one result per code and marketplace, shown side by side. */
    @JsonProperty("each") EACH("each");

    private final String value;

    MarketplaceMode(String value) {
        this.value = value;
    }

    /** The name people and events use. */
    public String value() {
        return value;
    }
}
