package com.code2asin.simulator.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The new offers on one listing, the Buy Box winner first when there is one, the others by landed price; none when
 * the listing is not offered. {@code listPrice} is the manufacturer's list price, when the listing shows one.
 */
public record ListingOffers(List<SellerOffer> offers, Optional<Price> listPrice) {

    static final ListingOffers NONE = new ListingOffers(List.of(), Optional.empty());

    public Optional<SellerOffer> buyBoxWinner() {
        return offers.stream().filter(SellerOffer::buyBoxWinner).findFirst();
    }
}
