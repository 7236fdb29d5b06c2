package com.code2asin.simulator.catalog;

import com.code2asin.model.Marketplace;
import com.code2asin.simulator.catalog.StableHash.Draw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Offers of a listing (Creators API offersV2 only; SP-API Catalog Items has none): a base price per ASIN, moved a
 * little per marketplace and converted to its currency. A few listings have no offer, a few an offer without a price.
 */
final class Pricing {

    /** What offersV2 shows for one listing: no listing at all, a listing without a price, or a priced one. */
    record Offer(boolean listed, Optional<Price> price) {
    }

    private static final long PRICE = 5;
    private static final double NO_LISTING = 0.04;
    private static final double NO_PRICE = 0.04;

    private final long seed;

    Pricing(long seed) {
        this.seed = seed;
    }

    Offer offer(Product p) {
        if (Product.VARIATION_PARENT.equals(p.itemClassification())) {
            return new Offer(false, Optional.empty());
        }
        long asin = StableHash.of(p.asin());
        Draw local = new Draw(StableHash.of(seed, PRICE, asin, p.marketplace().ordinal()));
        double r = StableHash.unit(local.next());
        if (r < NO_LISTING) {
            return new Offer(false, Optional.empty());
        }
        if (r < NO_LISTING + NO_PRICE) {
            return new Offer(true, Optional.empty());
        }
        double base = Math.exp(Math.log(4) + StableHash.unit(StableHash.of(seed, PRICE, asin)) * Math.log(250 / 4.0));
        double local10 = 0.92 + 0.16 * StableHash.unit(local.next());
        int quantity = p.packageQuantity() == null ? 1 : p.packageQuantity();
        double amount = base * local10 * rate(p.marketplace()) * (quantity > 1 ? quantity * 0.85 : 1);
        BigDecimal price = BigDecimal.valueOf(Math.max(0, Math.floor(amount)) + 0.99).setScale(2, RoundingMode.HALF_UP);
        return new Offer(true, Optional.of(new Price(price, p.marketplace().currency())));
    }

    private static double rate(Marketplace m) {
        return switch (m.currency()) {
            case "GBP" -> 0.86;
            case "USD" -> 1.10;
            default -> 1.0;
        };
    }
}
