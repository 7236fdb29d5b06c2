package com.code2asin.lookup.domain;

import com.code2asin.model.event.OfferSummary;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;

/**
 * What an ASIN's offers were on one marketplace when last asked: the price a buyer sees (Buy Box, else the lowest
 * new offer) and, where the Pricing API gave it, the summary behind it. A null price means listed without a priced
 * offer. Cached as JSON inside {@link CatalogProduct}.
 */
@RegisterForReflection
public record Offer(BigDecimal price, String currency, OfferSummary summary) {

    /** Asked, and no offer: the ASIN is not for sale there now. */
    public static final Offer NONE = new Offer(null, null, null);

    /** A price with no more detail (Creators API offersV2). */
    public static Offer priced(BigDecimal price, String currency) {
        return new Offer(price, price == null ? null : currency, null);
    }

    public static Offer of(OfferSummary summary) {
        BigDecimal price = summary.displayPrice();
        return new Offer(price, price == null ? null : summary.currency(), summary);
    }
}
