package com.code2asin.simulator.creators;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** The request bodies of searchItems and getItems (lowerCamelCase); unknown fields are ignored. */
public final class CreatorsRequests {

    private CreatorsRequests() {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SearchItems(String partnerTag, String partnerType, String keywords, String searchIndex,
                              Integer itemCount, Integer itemPage, List<String> resources, String brand,
                              String title, String condition, String currencyOfPreference,
                              List<String> languagesOfPreference, String sortBy) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GetItems(String partnerTag, String partnerType, List<String> itemIds, String itemIdType,
                           List<String> resources, String condition, String currencyOfPreference,
                           List<String> languagesOfPreference) {
    }
}
