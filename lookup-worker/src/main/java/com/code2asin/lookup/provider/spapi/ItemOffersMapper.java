package com.code2asin.lookup.provider.spapi;

import com.code2asin.lookup.domain.Offer;
import com.code2asin.model.event.Fulfillment;
import com.code2asin.model.event.OfferSummary;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns one getItemOffers payload into an {@link Offer}: the Buy Box and lowest new landed prices, the number of
 * offers, and the fulfilment, Prime flag and availability of the Buy Box winner (of the cheapest offer when nobody
 * holds the Buy Box).
 */
final class ItemOffersMapper {

    private static final String NEW = "new";

    private ItemOffersMapper() {
    }

    static Offer toOffer(ItemOffersBatch.Payload payload) {
        ItemOffersBatch.Summary summary = payload.summary();
        Optional<ItemOffersBatch.Money> buyBox = newPrices(summary == null ? null : summary.buyBoxPrices())
                .findFirst();
        Optional<ItemOffersBatch.Money> lowest = newPrices(summary == null ? null : summary.lowestPrices())
                .min(Comparator.comparing(ItemOffersBatch.Money::amount));
        Optional<ItemOffersBatch.OfferDetail> shown = shownOffer(payload.offers());
        Integer count = summary == null ? null : summary.totalOfferCount();
        String currency = buyBox.or(() -> lowest).map(ItemOffersBatch.Money::currencyCode).orElse(null);
        return Offer.of(new OfferSummary(
                buyBox.map(ItemOffersBatch.Money::amount).orElse(null),
                lowest.map(ItemOffersBatch.Money::amount).orElse(null),
                currency,
                count,
                shown.map(ItemOffersBatch.OfferDetail::fulfilledByAmazon).filter(Objects::nonNull)
                        .map(fba -> fba ? Fulfillment.FBA : Fulfillment.FBM).orElse(null),
                shown.map(ItemOffersBatch.OfferDetail::prime).map(ItemOffersBatch.Prime::prime).orElse(null),
                shown.map(ItemOffersBatch.OfferDetail::shippingTime)
                        .map(ItemOffersBatch.ShippingTime::availabilityType).orElse(null)));
    }

    /** The landed price (listing price when Amazon gives no landed one) of each new-condition line. */
    private static Stream<ItemOffersBatch.Money> newPrices(List<ItemOffersBatch.PriceLine> lines) {
        return lines == null ? Stream.empty() : lines.stream()
                .filter(l -> NEW.equalsIgnoreCase(l.condition()))
                .map(l -> l.landedPrice() != null ? l.landedPrice() : l.listingPrice())
                .filter(m -> m != null && m.amount() != null);
    }

    /** The Buy Box winner, else the cheapest offer with its shipping. */
    private static Optional<ItemOffersBatch.OfferDetail> shownOffer(List<ItemOffersBatch.OfferDetail> offers) {
        if (offers == null || offers.isEmpty()) {
            return Optional.empty();
        }
        return offers.stream().filter(o -> Boolean.TRUE.equals(o.buyBoxWinner())).findFirst()
                .or(() -> offers.stream().filter(o -> o.listingPrice() != null && o.listingPrice().amount() != null)
                        .min(Comparator.comparing(ItemOffersMapper::landed)));
    }

    private static BigDecimal landed(ItemOffersBatch.OfferDetail o) {
        BigDecimal shipping = o.shipping() == null || o.shipping().amount() == null ? BigDecimal.ZERO
                : o.shipping().amount();
        return o.listingPrice().amount().add(shipping);
    }
}
