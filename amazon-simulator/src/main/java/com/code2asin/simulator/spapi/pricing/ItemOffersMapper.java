package com.code2asin.simulator.spapi.pricing;

import com.code2asin.simulator.catalog.Catalog;
import com.code2asin.simulator.catalog.ListingOffers;
import com.code2asin.simulator.catalog.Price;
import com.code2asin.simulator.catalog.Product;
import com.code2asin.simulator.catalog.SellerOffer;
import com.code2asin.simulator.spapi.ErrorList;
import com.code2asin.simulator.spapi.pricing.PricingParams.Query;
import com.code2asin.simulator.spapi.pricing.PricingResponses.BuyBoxPrice;
import com.code2asin.simulator.spapi.pricing.PricingResponses.Headers;
import com.code2asin.simulator.spapi.pricing.PricingResponses.HttpStatus;
import com.code2asin.simulator.spapi.pricing.PricingResponses.Identifier;
import com.code2asin.simulator.spapi.pricing.PricingResponses.ItemOffersResponse;
import com.code2asin.simulator.spapi.pricing.PricingResponses.ItemRequest;
import com.code2asin.simulator.spapi.pricing.PricingResponses.LowestPrice;
import com.code2asin.simulator.spapi.pricing.PricingResponses.Money;
import com.code2asin.simulator.spapi.pricing.PricingResponses.OfferCount;
import com.code2asin.simulator.spapi.pricing.PricingResponses.OffersBody;
import com.code2asin.simulator.spapi.pricing.PricingResponses.OffersPayload;
import com.code2asin.simulator.spapi.pricing.PricingResponses.Summary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Answers one getItemOffers request of a batch from the catalog's seller offers. Only new offers exist: another
 * condition, like a listing without offers, is NoBuyableOffers. A variation parent or an ASIN the marketplace does
 * not sell gets a 400 entry; the other entries of the batch are answered all the same.
 */
final class ItemOffersMapper {

    private static final String NEW = "New";
    private static final int MAX_OFFERS = 5;

    private final Catalog catalog;

    ItemOffersMapper(Catalog catalog) {
        this.catalog = catalog;
    }

    ItemOffersResponse answer(Query q) {
        ItemRequest request = new ItemRequest(q.marketplace().marketplaceId(), q.asin(), q.itemCondition(),
                q.customerType());
        Headers headers = new Headers(UUID.randomUUID().toString(),
                DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        Optional<Product> product = catalog.byAsin(q.asin(), q.marketplace())
                .filter(p -> !Product.VARIATION_PARENT.equals(p.itemClassification()));
        if (product.isEmpty()) {
            ErrorList.Error error = new ErrorList.Error("InvalidInput", "ASIN " + q.asin()
                    + " is not a valid item of marketplace " + q.marketplace().marketplaceId(), null);
            return new ItemOffersResponse(HttpStatus.BAD_REQUEST, headers, request,
                    new OffersBody(null, List.of(error)));
        }
        return new ItemOffersResponse(HttpStatus.OK, headers, request,
                new OffersBody(payload(q, product.get()), null));
    }

    private OffersPayload payload(Query q, Product p) {
        String marketplaceId = q.marketplace().marketplaceId();
        Identifier identifier = new Identifier(marketplaceId, q.asin(), q.itemCondition());
        ListingOffers listing = catalog.sellerOffers(p);
        List<SellerOffer> offers = NEW.equals(q.itemCondition()) ? listing.offers() : List.of();
        if (offers.isEmpty()) {
            return new OffersPayload(marketplaceId, q.asin(), q.itemCondition(), "NoBuyableOffers", identifier,
                    new Summary(0, null, null, null, null, null), List.of());
        }
        List<BuyBoxPrice> buyBox = listing.buyBoxWinner().map(w -> List.of(new BuyBoxPrice("New",
                money(w.landedPrice()), money(w.listingPrice()), money(w.shipping())))).orElse(null);
        Summary summary = new Summary(offers.size(), counts(offers, o -> true), lowestPrices(offers), buyBox,
                listing.listPrice().map(ItemOffersMapper::money).orElse(null),
                counts(offers, SellerOffer::featuredMerchant));
        return new OffersPayload(marketplaceId, q.asin(), q.itemCondition(), "Success", identifier, summary,
                offers.stream().limit(MAX_OFFERS).map(ItemOffersMapper::offer).toList());
    }

    /** Offers per fulfillment channel, Amazon first; a channel without any is left out. */
    private static List<OfferCount> counts(List<SellerOffer> offers, Predicate<SellerOffer> which) {
        List<OfferCount> counts = new ArrayList<>();
        for (boolean fba : new boolean[] {true, false}) {
            long n = offers.stream().filter(o -> o.fulfilledByAmazon() == fba).filter(which).count();
            if (n > 0) {
                counts.add(new OfferCount("new", channel(fba), (int) n));
            }
        }
        return counts;
    }

    private static List<LowestPrice> lowestPrices(List<SellerOffer> offers) {
        List<LowestPrice> lowest = new ArrayList<>();
        for (boolean fba : new boolean[] {true, false}) {
            offers.stream().filter(o -> o.fulfilledByAmazon() == fba)
                    .min(Comparator.comparing((SellerOffer o) -> o.landedPrice().amount()))
                    .ifPresent(o -> lowest.add(new LowestPrice("new", channel(fba), money(o.landedPrice()),
                            money(o.listingPrice()), money(o.shipping()))));
        }
        return lowest;
    }

    private static PricingResponses.Offer offer(SellerOffer o) {
        String availableDate = o.availableInDays() == null ? null : LocalDate.now(ZoneOffset.UTC)
                .plusDays(o.availableInDays()).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        return new PricingResponses.Offer("new", money(o.listingPrice()), money(o.shipping()),
                new PricingResponses.ShippingTime(o.minimumHours(), o.maximumHours(), availableDate,
                        o.availability().name()),
                o.fulfilledByAmazon(),
                new PricingResponses.PrimeInformation(o.fulfilledByAmazon(), o.fulfilledByAmazon()),
                o.buyBoxWinner(), o.featuredMerchant(), new PricingResponses.ShipsFrom(o.shipsFrom()));
    }

    private static String channel(boolean fba) {
        return fba ? "Amazon" : "Merchant";
    }

    private static Money money(Price price) {
        return new Money(price.currency(), price.amount());
    }
}
