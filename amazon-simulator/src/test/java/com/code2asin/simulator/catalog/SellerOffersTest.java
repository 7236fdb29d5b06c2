package com.code2asin.simulator.catalog;

import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SellerOffersTest {

    private final Catalog catalog = new Catalog(42, "http://images.test");

    /** The single-unit listings of the first ground-truth codes on a marketplace. */
    private List<Product> listings(Marketplace m, int codes) {
        return LongStream.range(0, codes).mapToObj(i -> catalog.codes().code(i))
                .map(c -> catalog.rightAsin(CodeParser.parse(c).gtin14(), m))
                .flatMap(Optional::stream)
                .map(asin -> catalog.byAsin(asin, m).orElseThrow())
                .toList();
    }

    @Test
    void theBuyBoxWinnerComesFirstAtTheOffersV2Price() {
        List<Product> priced = listings(Marketplace.UK, 2000).stream()
                .filter(p -> catalog.price(p).isPresent()).toList();
        assertTrue(priced.size() > 1000, "priced listings: " + priced.size());
        for (Product p : priced) {
            ListingOffers offers = catalog.sellerOffers(p);
            SellerOffer winner = offers.offers().getFirst();
            assertTrue(winner.buyBoxWinner(), p.asin());
            assertEquals(catalog.price(p).orElseThrow(), winner.listingPrice(), p.asin());
            assertEquals(1, offers.offers().stream().filter(SellerOffer::buyBoxWinner).count(), p.asin());
            assertTrue(offers.offers().size() >= 1 && offers.offers().size() <= 12, p.asin());
            offers.offers().forEach(o -> assertEquals("GBP", o.landedPrice().currency()));
            BigDecimal lowest = offers.offers().stream().map(o -> o.landedPrice().amount())
                    .min(Comparator.naturalOrder()).orElseThrow();
            assertTrue(lowest.compareTo(winner.landedPrice().amount()) <= 0, p.asin());
        }
    }

    @Test
    void amazonFulfilsAShareFreeOfShippingAndMerchantsCharge() {
        List<SellerOffer> all = listings(Marketplace.DE, 2000).stream()
                .flatMap(p -> catalog.sellerOffers(p).offers().stream()).toList();
        long fba = all.stream().filter(SellerOffer::fulfilledByAmazon).count();
        double share = fba / (double) all.size();
        assertTrue(share > 0.2 && share < 0.7, "share fulfilled by Amazon: " + share);
        for (SellerOffer o : all) {
            if (o.fulfilledByAmazon()) {
                assertEquals(0, o.shipping().amount().signum());
                assertEquals(SellerOffer.Availability.NOW, o.availability());
                assertEquals("DE", o.shipsFrom());
            } else {
                assertEquals(1, o.shipping().amount().signum());
            }
            assertTrue(o.minimumHours() < o.maximumHours());
            assertEquals(o.availability() == SellerOffer.Availability.FUTURE_WITH_DATE, o.availableInDays() != null);
        }
        long now = all.stream().filter(o -> o.availability() == SellerOffer.Availability.NOW).count();
        assertTrue(now > all.size() * 0.8, "offers shipping now: " + now + " of " + all.size());
        assertTrue(all.stream().anyMatch(o -> o.availability() == SellerOffer.Availability.FUTURE_WITH_DATE));
        assertTrue(all.stream().anyMatch(o -> o.availability() == SellerOffer.Availability.FUTURE_WITHOUT_DATE));
    }

    @Test
    void aListingWithoutPriceHasOnlyMerchantsAndNoBuyBoxAndOneWithoutOfferNobody() {
        List<Product> listings = listings(Marketplace.FR, 3000);
        List<Product> unpriced = listings.stream()
                .filter(p -> catalog.offered(p) && catalog.price(p).isEmpty()).toList();
        List<Product> unoffered = listings.stream().filter(p -> !catalog.offered(p)).toList();
        assertFalse(unpriced.isEmpty());
        assertFalse(unoffered.isEmpty());
        for (Product p : unpriced) {
            ListingOffers offers = catalog.sellerOffers(p);
            assertFalse(offers.offers().isEmpty(), p.asin());
            assertTrue(offers.buyBoxWinner().isEmpty(), p.asin());
            assertTrue(offers.offers().stream().noneMatch(SellerOffer::fulfilledByAmazon), p.asin());
        }
        unoffered.forEach(p -> assertEquals(ListingOffers.NONE, catalog.sellerOffers(p)));
    }

    @Test
    void sameSeedSameOffersAndAListPriceAboveTheBuyBoxWhenShown() {
        Catalog again = new Catalog(42, "http://images.test");
        List<Product> listings = listings(Marketplace.IT, 300);
        for (Product p : listings) {
            assertEquals(catalog.sellerOffers(p), again.sellerOffers(p));
        }
        List<ListingOffers> withListPrice = listings.stream().map(catalog::sellerOffers)
                .filter(o -> o.listPrice().isPresent() && o.buyBoxWinner().isPresent()).toList();
        assertTrue(withListPrice.size() > listings.size() / 2, "listings with a list price: " + withListPrice.size());
        withListPrice.forEach(o -> assertTrue(o.listPrice().orElseThrow().amount()
                .compareTo(o.buyBoxWinner().orElseThrow().listingPrice().amount()) > 0));
    }
}
