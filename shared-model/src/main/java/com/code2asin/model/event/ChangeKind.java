package com.code2asin.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What wrote an entry of an item's change log: a lookup's answer or a person's decision in review. */
public enum ChangeKind {
    @JsonProperty("lookup") LOOKUP,
    @JsonProperty("review") REVIEW;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
