package com.code2asin.lookup.domain;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A product as a provider returned it, in provider-neutral terms. {@code gtin14s} are its identifiers normalised
 * to GTIN-14; a variation parent carries none and is flagged {@code variationParent}. Cached as JSON, so registered
 * for reflection in a native build.
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
        BigDecimal price,
        String currency) {

    public CatalogProduct withOffer(Offer offer) {
        return new CatalogProduct(asin, gtin14s, title, brand, manufacturer, category, variationParent, parentAsin,
                packageQuantity, salesRank, images, offer.price(), offer.price() == null ? null : offer.currency());
    }
}
