package com.code2asin.simulator.catalog;

import com.code2asin.model.Marketplace;
import com.code2asin.simulator.catalog.StableHash.Draw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Offers of a listing: a base price per ASIN, moved a little per marketplace and converted to its currency. The
 * Creators API (offersV2) shows that price as the one offer; SP-API Product Pricing shows the sellers behind it, the
 * Buy Box winner at exactly that price. A few listings have no offer, a few an offer without a price (sellers, but no
 * Buy Box). SP-API Catalog Items has no prices.
 */
final class Pricing {

    /** What offersV2 shows for one listing: no listing at all, a listing without a price, or a priced one. */
    record Offer(boolean listed, Optional<Price> price) {
    }

    private static final long PRICE = 5;
    private static final long SELLERS = 6;
    private static final double NO_LISTING = 0.04;
    private static final double NO_PRICE = 0.04;
    private static final int MAX_SELLERS = 12;
    private static final double FBA_WINNER = 0.75;
    private static final double FBA_OTHER = 0.25;
    private static final double FEATURED_MERCHANT = 0.6;
    private static final double SHIPS_NOW = 0.85;
    private static final double SHIPS_ON_A_DATE = 0.08;
    private static final double HAS_LIST_PRICE = 0.8;
    private static final double HOME_COUNTRY = 0.7;
    private static final List<String> MERCHANT_SHIPPING = List.of("2.49", "2.99", "3.49", "3.99", "4.90", "5.99");
    private static final List<String> ABROAD = List.of("CN", "DE", "FR", "IT", "ES", "GB", "PL", "NL", "US");

    private final long seed;

    Pricing(long seed) {
        this.seed = seed;
    }

    Offer offer(Product p) {
        if (Product.VARIATION_PARENT.equals(p.itemClassification())) {
            return new Offer(false, Optional.empty());
        }
        Draw local = local(p);
        double r = StableHash.unit(local.next());
        if (r < NO_LISTING) {
            return new Offer(false, Optional.empty());
        }
        if (r < NO_LISTING + NO_PRICE) {
            return new Offer(true, Optional.empty());
        }
        return new Offer(true, Optional.of(reference(p, local)));
    }

    /**
     * The new offers behind {@link #offer}: 1 to 12 sellers, mostly few. When the listing has a price, the Buy Box
     * winner sells at exactly that price (fulfilled by Amazon three times in four) and other sellers, some of them
     * fulfilled by Amazon, around it; without a price only merchants offer it and nobody wins the Buy Box.
     */
    ListingOffers sellerOffers(Product p) {
        Offer offer = offer(p);
        if (!offer.listed()) {
            return ListingOffers.NONE;
        }
        Draw local = local(p);
        local.next();
        Price reference = reference(p, local);
        boolean buyBox = offer.price().isPresent();
        Draw d = new Draw(StableHash.of(seed, SELLERS, StableHash.of(p.asin()), p.marketplace().ordinal()));
        int count = 1 + (int) Math.floor(Math.pow(StableHash.unit(d.next()), 2) * MAX_SELLERS);
        List<SellerOffer> others = new ArrayList<>();
        SellerOffer winner = null;
        for (int i = 0; i < count; i++) {
            if (buyBox && i == 0) {
                winner = seller(p.marketplace(), reference, true, StableHash.unit(d.next()) < FBA_WINNER, d);
            } else {
                boolean fba = buyBox && StableHash.unit(d.next()) < FBA_OTHER;
                Price listing = rounded(reference.amount().doubleValue() * (0.9 + 0.4 * StableHash.unit(d.next())),
                        reference.currency());
                others.add(seller(p.marketplace(), listing, false, fba, d));
            }
        }
        others.sort(Comparator.comparing((SellerOffer o) -> o.landedPrice().amount()));
        List<SellerOffer> offers = new ArrayList<>();
        if (winner != null) {
            offers.add(winner);
        }
        offers.addAll(others);
        Optional<Price> listPrice = StableHash.unit(d.next()) < HAS_LIST_PRICE
                ? Optional.of(rounded(reference.amount().doubleValue() * (1.1 + 0.3 * StableHash.unit(d.next())),
                reference.currency()))
                : Optional.empty();
        return new ListingOffers(List.copyOf(offers), listPrice);
    }

    private static SellerOffer seller(Marketplace m, Price listing, boolean winner, boolean fba, Draw d) {
        String home = m == Marketplace.UK ? "GB" : m.name();
        if (fba) {
            return new SellerOffer(listing, new Price(BigDecimal.ZERO.setScale(2), listing.currency()), true, winner,
                    true, SellerOffer.Availability.NOW, null, 24, 48, home);
        }
        Price shipping = new Price(new BigDecimal(d.pick(MERCHANT_SHIPPING)), listing.currency());
        double when = StableHash.unit(d.next());
        SellerOffer.Availability availability = winner || when < SHIPS_NOW ? SellerOffer.Availability.NOW
                : when < SHIPS_NOW + SHIPS_ON_A_DATE ? SellerOffer.Availability.FUTURE_WITH_DATE
                : SellerOffer.Availability.FUTURE_WITHOUT_DATE;
        Integer inDays = availability == SellerOffer.Availability.FUTURE_WITH_DATE ? d.between(3, 30) : null;
        int minimumHours = 24 * d.between(1, 3);
        int maximumHours = minimumHours + 24 * d.between(1, 4);
        boolean featured = winner || StableHash.unit(d.next()) < FEATURED_MERCHANT;
        String from = StableHash.unit(d.next()) < HOME_COUNTRY ? home : d.pick(ABROAD);
        return new SellerOffer(listing, shipping, false, winner, featured, availability, inDays, minimumHours,
                maximumHours, from);
    }

    /** The draws of a listing on its marketplace: first whether it is offered (and priced), then its price. */
    private Draw local(Product p) {
        return new Draw(StableHash.of(seed, PRICE, StableHash.of(p.asin()), p.marketplace().ordinal()));
    }

    /** The listing's price on its marketplace; {@code local} has given its first draw. */
    private Price reference(Product p, Draw local) {
        double base = Math.exp(Math.log(4) + StableHash.unit(StableHash.of(seed, PRICE, StableHash.of(p.asin())))
                * Math.log(250 / 4.0));
        double local10 = 0.92 + 0.16 * StableHash.unit(local.next());
        int quantity = p.packageQuantity() == null ? 1 : p.packageQuantity();
        double amount = base * local10 * rate(p.marketplace()) * (quantity > 1 ? quantity * 0.85 : 1);
        return rounded(amount, p.marketplace().currency());
    }

    /** A shop price: the whole amount and 99 cents. */
    private static Price rounded(double amount, String currency) {
        BigDecimal price = BigDecimal.valueOf(Math.max(0, Math.floor(amount)) + 0.99).setScale(2, RoundingMode.HALF_UP);
        return new Price(price, currency);
    }

    private static double rate(Marketplace m) {
        return switch (m.currency()) {
            case "GBP" -> 0.86;
            case "USD" -> 1.10;
            default -> 1.0;
        };
    }
}
