package com.code2asin.simulator.catalog;

/**
 * One seller's new offer on a listing, as SP-API Product Pricing shows it: listing price and shipping in the
 * marketplace currency, who fulfils it (Amazon: free shipping and Prime), whether it holds the Buy Box, when it
 * ships and from which country (ISO 3166 alpha-2).
 *
 * @param availableInDays days from today until a FUTURE_WITH_DATE offer ships; null otherwise
 */
public record SellerOffer(Price listingPrice, Price shipping, boolean fulfilledByAmazon, boolean buyBoxWinner,
                          boolean featuredMerchant, Availability availability, Integer availableInDays,
                          int minimumHours, int maximumHours, String shipsFrom) {

    /** When the offer ships: now, from a known date, or at a later date not given. */
    public enum Availability { NOW, FUTURE_WITH_DATE, FUTURE_WITHOUT_DATE }

    /** What the buyer pays: listing price plus shipping. */
    public Price landedPrice() {
        return new Price(listingPrice.amount().add(shipping.amount()), listingPrice.currency());
    }
}
