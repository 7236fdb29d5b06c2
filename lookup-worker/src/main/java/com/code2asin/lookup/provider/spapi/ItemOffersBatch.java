package com.code2asin.lookup.provider.spapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * SP-API Product Pricing v0 getItemOffersBatch: the request (up to 20 getItemOffers requests) and the parts of the
 * answer the worker reads. Amazon names these fields in PascalCase, hence the explicit names; unknown fields are
 * ignored.
 */
@RegisterForReflection(targets = {
        ItemOffersBatch.Request.class, ItemOffersBatch.Entry.class, ItemOffersBatch.Response.class,
        ItemOffersBatch.Answer.class, ItemOffersBatch.Status.class, ItemOffersBatch.Body.class,
        ItemOffersBatch.Payload.class, ItemOffersBatch.Summary.class, ItemOffersBatch.OfferCount.class,
        ItemOffersBatch.PriceLine.class, ItemOffersBatch.Money.class, ItemOffersBatch.OfferDetail.class,
        ItemOffersBatch.Prime.class, ItemOffersBatch.ShippingTime.class, ItemOffersBatch.Echo.class,
        CatalogSearchResults.Error.class})
public final class ItemOffersBatch {

    /** At most this many ASINs a call. */
    public static final int MAX_REQUESTS = 20;

    private ItemOffersBatch() {
    }

    public record Request(List<Entry> requests) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String uri, String method, @JsonProperty("MarketplaceId") String marketplaceId,
                        @JsonProperty("ItemCondition") String itemCondition,
                        @JsonProperty("CustomerType") String customerType) {

        /** getItemOffers of one ASIN, new condition, as a consumer sees it. */
        static Entry newOffersOf(String asin, String marketplaceId) {
            return new Entry("/products/pricing/v0/items/" + asin + "/offers", "GET", marketplaceId, "New",
                    "Consumer");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(List<Answer> responses) {
    }

    /** One ASIN's answer: its own status, the request it answers and the body (a payload or errors). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(Status status, Echo request, Body body) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Status(int statusCode, String reasonPhrase) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Echo(@JsonProperty("MarketplaceId") String marketplaceId, @JsonProperty("Asin") String asin) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(Payload payload, List<CatalogSearchResults.Error> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payload(@JsonProperty("ASIN") String asin, String status, @JsonProperty("Summary") Summary summary,
                          @JsonProperty("Offers") List<OfferDetail> offers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(@JsonProperty("TotalOfferCount") Integer totalOfferCount,
                          @JsonProperty("NumberOfOffers") List<OfferCount> numberOfOffers,
                          @JsonProperty("LowestPrices") List<PriceLine> lowestPrices,
                          @JsonProperty("BuyBoxPrices") List<PriceLine> buyBoxPrices) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfferCount(String condition, String fulfillmentChannel,
                             @JsonProperty("OfferCount") Integer offerCount) {
    }

    /** A lowest or Buy Box price: by condition (and fulfilment channel for the lowest ones). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriceLine(String condition, String fulfillmentChannel,
                            @JsonProperty("LandedPrice") Money landedPrice,
                            @JsonProperty("ListingPrice") Money listingPrice) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Money(@JsonProperty("CurrencyCode") String currencyCode, @JsonProperty("Amount") BigDecimal amount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfferDetail(@JsonProperty("SubCondition") String subCondition,
                              @JsonProperty("IsFulfilledByAmazon") Boolean fulfilledByAmazon,
                              @JsonProperty("IsBuyBoxWinner") Boolean buyBoxWinner,
                              @JsonProperty("PrimeInformation") Prime prime,
                              @JsonProperty("ShippingTime") ShippingTime shippingTime,
                              @JsonProperty("ListingPrice") Money listingPrice,
                              @JsonProperty("Shipping") Money shipping) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Prime(@JsonProperty("IsPrime") Boolean prime) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShippingTime(String availabilityType) {
    }
}
