package com.code2asin.lookup.domain;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A product as a provider returned it, in provider-neutral terms. {@code gtin14s} are its identifiers normalised
 * to GTIN-14; a variation parent carries none and is flagged {@code variationParent}. {@code offer} is null until
 * someone asked for its offers (SP-API's catalog has none; the Creators API returns them with the item). Cached as
 * JSON, so registered for reflection in a native build.
 */
@RegisterForReflection
public record CatalogProduct(
        String asin,
        Set<String> gtin14s,
        String title,
        String brand,
        String manufacturer,
        String category,
        boolean variationParent,
        String parentAsin,
        int packageQuantity,
        Integer salesRank,
        List<String> images,
        Offer offer) {

    public CatalogProduct withOffer(Offer newOffer) {
        return new CatalogProduct(asin, gtin14s, title, brand, manufacturer, category, variationParent, parentAsin,
                packageQuantity, salesRank, images, newOffer);
    }

    /** Whether its offers still have to be asked for (a variation parent is never for sale itself). */
    public boolean needsOffer() {
        return offer == null && !variationParent;
    }

    public BigDecimal price() {
        return offer == null ? null : offer.price();
    }

    public String currency() {
        return offer == null ? null : offer.currency();
    }
}
