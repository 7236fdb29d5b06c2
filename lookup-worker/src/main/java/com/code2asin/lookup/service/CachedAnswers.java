package com.code2asin.lookup.service;

import com.code2asin.lookup.cache.CatalogCache;
import com.code2asin.lookup.domain.CatalogAnswer;
import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.lookup.domain.Offer;
import com.code2asin.model.Marketplace;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog cache as lookups use it. A hit whose prices expired keeps its identity and gets today's offers by ASIN
 * (a cheap get-by-ASIN call instead of a search). The cache never fails a lookup: unreadable, it costs quota;
 * unwritable, it is skipped; an offer refresh that fails serves the products without a price.
 */
@ApplicationScoped
class CachedAnswers {

    private final CatalogCache cache;

    CachedAnswers(CatalogCache cache) {
        this.cache = cache;
    }

    /** GTIN-14 -> the cached products of the codes the cache knows, with current prices. */
    Uni<Map<String, List<CatalogProduct>>> hits(CatalogProvider provider, Marketplace marketplace, List<String> gtins) {
        return cache.find(provider.name(), marketplace, gtins)
                .chain(found -> withCurrentOffers(provider, marketplace, found))
                .onFailure().recoverWithItem(e -> {
                    Log.warnf("catalog cache unreadable, asking %s for every code: %s", provider.name(),
                            e.getMessage());
                    return Map.of();
                });
    }

    /** Remembers what the provider answered for each code asked, except the codes that failed. */
    Uni<Void> remember(CatalogProvider provider, Marketplace marketplace, List<String> asked, CatalogAnswer answer) {
        Map<String, List<CatalogProduct>> byCode = new HashMap<>();
        for (String code : asked) {
            if (!answer.failed().containsKey(code)) {
                byCode.put(code, answer.forCode(code));
            }
        }
        return cache.store(provider.name(), marketplace, byCode).onFailure().recoverWithItem(e -> {
            Log.warnf("catalog cache not written: %s", e.getMessage());
            return null;
        });
    }

    private Uni<Map<String, List<CatalogProduct>>> withCurrentOffers(CatalogProvider provider, Marketplace marketplace,
                                                                     Map<String, CatalogCache.Cached> found) {
        Map<String, List<CatalogProduct>> hits = new HashMap<>();
        Map<String, List<CatalogProduct>> expired = new HashMap<>();
        found.forEach((code, cached) -> (cached.offersExpired() ? expired : hits).put(code, cached.products()));
        List<String> asins = expired.values().stream().flatMap(List::stream)
                .filter(p -> !p.variationParent()).map(CatalogProduct::asin).distinct().toList();
        if (asins.isEmpty()) {
            hits.putAll(expired);
            return Uni.createFrom().item(hits);
        }
        return provider.offers(marketplace, asins)
                .map(offers -> priced(expired, offers))
                .call(refreshed -> cache.storeOffers(provider.name(), marketplace, refreshed)
                        .onFailure().recoverWithItem(e -> {
                            Log.warnf("refreshed offers not cached: %s", e.getMessage());
                            return null;
                        }))
                .onFailure().recoverWithItem(e -> {
                    Log.warnf("offers of %d cached ASIN(s) not refreshed, served without a price: %s", asins.size(),
                            e.getMessage());
                    return priced(expired, Map.of());
                })
                .map(refreshed -> {
                    hits.putAll(refreshed);
                    return hits;
                });
    }

    private static Map<String, List<CatalogProduct>> priced(Map<String, List<CatalogProduct>> byCode,
                                                            Map<String, Offer> offers) {
        Map<String, List<CatalogProduct>> priced = new HashMap<>();
        byCode.forEach((code, products) -> priced.put(code, products.stream()
                .map(p -> p.variationParent() ? p : p.withOffer(offers.getOrDefault(p.asin(), Offer.NONE)))
                .toList()));
        return priced;
    }
}
