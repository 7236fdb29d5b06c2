package com.code2asin.lookup.provider.creators;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * A getItems answer: the items found, and {@code errors} for the ids that were not (a 200 can carry both). Items have
 * the shape of searchItems'.
 */
@RegisterForReflection(targets = {GetItemsResponse.class, GetItemsResponse.ItemsResult.class})
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetItemsResponse(ItemsResult itemsResult, List<SearchItemsResponse.Error> errors) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemsResult(List<SearchItemsResponse.Item> items) {
    }

    List<SearchItemsResponse.Item> items() {
        return itemsResult == null || itemsResult.items() == null ? List.of() : itemsResult.items();
    }
}
