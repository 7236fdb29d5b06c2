package com.code2asin.simulator.spapi.pricing;

import com.code2asin.simulator.spapi.ErrorList;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.util.List;

/**
 * The getItemOffersBatch answer in Amazon's mixed casing (SP-API Product Pricing v0 model names): one response per
 * request, each with its own status, headers, echoed request and a body holding a payload or errors.
 */
public final class PricingResponses {

    private PricingResponses() {
    }

    @RegisterForReflection
    public record ItemOffersBatchResponse(List<ItemOffersResponse> responses) {
    }

    @RegisterForReflection
    public record ItemOffersResponse(HttpStatus status, Headers headers, ItemRequest request, OffersBody body) {
    }

    @RegisterForReflection
    public record HttpStatus(int statusCode, String reasonPhrase) {

        static final HttpStatus OK = new HttpStatus(200, "OK");
        static final HttpStatus BAD_REQUEST = new HttpStatus(400, "Bad Request");
    }

    @RegisterForReflection
    public record Headers(@JsonProperty("x-amzn-RequestId") String requestId, @JsonProperty("Date") String date) {
    }

    /** The parameters of the request this response answers. */
    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record ItemRequest(@JsonProperty("MarketplaceId") String marketplaceId,
                              @JsonProperty("Asin") String asin,
                              @JsonProperty("ItemCondition") String itemCondition,
                              @JsonProperty("CustomerType") String customerType) {
    }

    /** A getItemOffers response body: the payload, or the errors of a refused request. */
    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record OffersBody(OffersPayload payload, List<ErrorList.Error> errors) {
    }

    /** {@code status} is Success, or NoBuyableOffers when nobody sells the item in that condition. */
    @RegisterForReflection
    public record OffersPayload(String marketplaceId,
                                @JsonProperty("ASIN") String asin,
                                @JsonProperty("ItemCondition") String itemCondition,
                                String status,
                                @JsonProperty("Identifier") Identifier identifier,
                                @JsonProperty("Summary") Summary summary,
                                @JsonProperty("Offers") List<Offer> offers) {
    }

    @RegisterForReflection
    public record Identifier(@JsonProperty("MarketplaceId") String marketplaceId,
                             @JsonProperty("ASIN") String asin,
                             @JsonProperty("ItemCondition") String itemCondition) {
    }

    /** Counts and prices over all offers; only {@code TotalOfferCount} when there are none, no Buy Box without winner. */
    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record Summary(@JsonProperty("TotalOfferCount") int totalOfferCount,
                          @JsonProperty("NumberOfOffers") List<OfferCount> numberOfOffers,
                          @JsonProperty("LowestPrices") List<LowestPrice> lowestPrices,
                          @JsonProperty("BuyBoxPrices") List<BuyBoxPrice> buyBoxPrices,
                          @JsonProperty("ListPrice") Money listPrice,
                          @JsonProperty("BuyBoxEligibleOffers") List<OfferCount> buyBoxEligibleOffers) {
    }

    /** Offers of one condition ("new") and fulfillment channel (Amazon or Merchant). */
    @RegisterForReflection
    public record OfferCount(String condition, String fulfillmentChannel,
                             @JsonProperty("OfferCount") int offerCount) {
    }

    @RegisterForReflection
    public record LowestPrice(String condition, String fulfillmentChannel,
                              @JsonProperty("LandedPrice") Money landedPrice,
                              @JsonProperty("ListingPrice") Money listingPrice,
                              @JsonProperty("Shipping") Money shipping) {
    }

    /** The Buy Box winner's prices; {@code condition} is capitalised ("New") here, as Amazon writes it. */
    @RegisterForReflection
    public record BuyBoxPrice(String condition,
                              @JsonProperty("LandedPrice") Money landedPrice,
                              @JsonProperty("ListingPrice") Money listingPrice,
                              @JsonProperty("Shipping") Money shipping) {
    }

    @RegisterForReflection
    public record Money(@JsonProperty("CurrencyCode") String currencyCode,
                        @JsonProperty("Amount") BigDecimal amount) {
    }

    @RegisterForReflection
    public record Offer(@JsonProperty("SubCondition") String subCondition,
                        @JsonProperty("ListingPrice") Money listingPrice,
                        @JsonProperty("Shipping") Money shipping,
                        @JsonProperty("ShippingTime") ShippingTime shippingTime,
                        @JsonProperty("IsFulfilledByAmazon") boolean fulfilledByAmazon,
                        @JsonProperty("PrimeInformation") PrimeInformation primeInformation,
                        @JsonProperty("IsBuyBoxWinner") boolean buyBoxWinner,
                        @JsonProperty("IsFeaturedMerchant") boolean featuredMerchant,
                        @JsonProperty("ShipsFrom") ShipsFrom shipsFrom) {
    }

    /** {@code availableDate} (ISO 8601) only with availabilityType FUTURE_WITH_DATE. */
    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record ShippingTime(int minimumHours, int maximumHours, String availableDate, String availabilityType) {
    }

    @RegisterForReflection
    public record PrimeInformation(@JsonProperty("IsPrime") boolean prime,
                                   @JsonProperty("IsNationalPrime") boolean nationalPrime) {
    }

    @RegisterForReflection
    public record ShipsFrom(@JsonProperty("Country") String country) {
    }
}
