package com.code2asin.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a candidate relates to the code (docs/design.md, "Codes and matches"). */
public enum MatchType {
    @JsonProperty("exact") EXACT,
    @JsonProperty("partial") PARTIAL,
    @JsonProperty("fuzzy") FUZZY,
    @JsonProperty("manual") MANUAL;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
