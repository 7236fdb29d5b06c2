package com.code2asin.simulator.spapi.pricing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** The request body of getItemOffersBatch, in Amazon's casing; unknown fields (such as {@code headers}) are ignored. */
public final class PricingRequests {

    private PricingRequests() {
    }

    /** {@code {"requests":[...]}}: 1 to 20 getItemOffers requests. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemOffersBatch(List<ItemOffers> requests) {
    }

    /** One getItemOffers request: {@code uri} /products/pricing/v0/items/{Asin}/offers, {@code method} GET. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemOffers(String uri, String method,
                             @JsonProperty("MarketplaceId") String marketplaceId,
                             @JsonProperty("ItemCondition") String itemCondition,
                             @JsonProperty("CustomerType") String customerType) {
    }
}
