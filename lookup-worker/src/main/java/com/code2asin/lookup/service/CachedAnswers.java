package com.code2asin.lookup.service;

import com.code2asin.lookup.cache.CatalogCache;
import com.code2asin.lookup.domain.CatalogAnswer;
import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.model.Marketplace;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog cache as lookups use it. A hit whose offers expired keeps its identity and comes back without offers,
 * so that a job asking for prices gets today's (by ASIN, without searching the code again). The cache never fails a
 * lookup: unreadable, it costs quota; unwritable, it is skipped.
 */
@ApplicationScoped
class CachedAnswers {

    private final CatalogCache cache;

    CachedAnswers(CatalogCache cache) {
        this.cache = cache;
    }

    /** GTIN-14 -> the cached products of the codes the cache knows; expired offers are dropped. */
    Uni<Map<String, List<CatalogProduct>>> hits(CatalogProvider provider, Marketplace marketplace, List<String> gtins) {
        return cache.find(provider.name(), marketplace, gtins)
                .map(found -> {
                    Map<String, List<CatalogProduct>> hits = new HashMap<>();
                    found.forEach((code, cached) -> hits.put(code, cached.offersExpired()
                            ? cached.products().stream().map(p -> p.withOffer(null)).toList() : cached.products()));
                    return hits;
                })
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

    /** Remembers the offers just asked for these codes' products; their identity keeps its own age. */
    Uni<Void> rememberOffers(CatalogProvider provider, Marketplace marketplace,
                             Map<String, List<CatalogProduct>> byCode) {
        return cache.storeOffers(provider.name(), marketplace, byCode).onFailure().recoverWithItem(e -> {
            Log.warnf("offers not cached: %s", e.getMessage());
            return null;
        });
    }
}
