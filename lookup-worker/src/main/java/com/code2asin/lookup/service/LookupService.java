package com.code2asin.lookup.service;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.domain.CatalogAnswer;
import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks a batch up with the provider the job asked for and scores every item. Codes answered recently come from the
 * cache and cost no quota; a failed call fails its items only, and a code the provider rejected fails alone. A named
 * item its code could not place is searched once more by its name.
 */
@ApplicationScoped
public class LookupService {

    private final Instance<CatalogProvider> providers;
    private final CachedAnswers cache;
    private final boolean titleSearch;

    LookupService(Instance<CatalogProvider> providers, CachedAnswers cache, LookupConfig config) {
        this.providers = providers;
        this.cache = cache;
        this.titleSearch = config.titleSearch();
    }

    public boolean knows(String provider) {
        return providerNames().contains(provider);
    }

    public List<String> providerNames() {
        return providers.stream().map(CatalogProvider::name).sorted().toList();
    }

    public Uni<BatchDone> lookup(LookupRequested batch) {
        long started = System.nanoTime();
        Marketplace marketplace = Marketplace.find(batch.marketplace()).orElse(null);
        CatalogProvider provider = providers.stream()
                .filter(p -> batch.provider() == null || p.name().equals(batch.provider()))
                .findFirst().orElse(null);
        if (marketplace == null || provider == null) {
            String why = marketplace == null ? "unknown marketplace '" + batch.marketplace() + "'"
                    : "unknown provider '" + batch.provider() + "'";
            return Uni.createFrom().item(done(batch, failAll(batch.items(), ErrorCategory.INVALID_DATA, why, 0)));
        }
        List<String> gtins = batch.items().stream().map(LookupItem::gtin14).distinct().toList();
        return cache.hits(provider, marketplace, gtins).chain(hits -> {
            List<String> misses = gtins.stream().filter(g -> !hits.containsKey(g)).toList();
            Uni<CatalogAnswer> asked = misses.isEmpty() ? Uni.createFrom().item(CatalogAnswer.empty())
                    : provider.lookup(marketplace, misses);
            return asked.call(answer -> cache.remember(provider, marketplace, misses, answer))
                    .map(answer -> new CatalogAnswer(hits, Map.of()).merge(answer))
                    .chain(byCode -> byTitle(provider, marketplace, batch, byCode))
                    .map(titled -> done(batch, results(batch, titled, hits.keySet(), elapsedMs(started))));
        }).onFailure(ProviderException.class).recoverWithItem(failure -> {
            ProviderException p = (ProviderException) failure;
            Log.warnf("batch %s attempt %d failed (%s): %s", batch.batchId(), batch.attempt(),
                    p.category().value(), p.getMessage());
            return done(batch, failAll(batch.items(), p.category(), p.getMessage(), elapsedMs(started)));
        });
    }

    /** The answer of every code of the batch, and the codes that also needed a search by name. */
    private record Titled(CatalogAnswer answer, Set<String> searched) {
    }

    /**
     * For each named item whose code found no product carrying it (asked now or cached), one search by its name: a
     * listing without identifiers is found by nothing else. The products found join the code's answer as fuzzy
     * candidates; they are not cached, as they depend on the name a seller gave, not on the code. A failed search
     * fails the item, so it is retried, rather than calling it unmatched.
     */
    private Uni<Titled> byTitle(CatalogProvider provider, Marketplace marketplace, LookupRequested batch,
                                CatalogAnswer answer) {
        Map<String, String> names = new LinkedHashMap<>();
        for (LookupItem item : batch.items()) {
            String code = item.gtin14();
            if (titleSearch && item.name() != null && !item.name().isBlank() && answer.found().containsKey(code)
                    && answer.forCode(code).stream().noneMatch(p -> p.gtin14s().contains(code))) {
                names.putIfAbsent(code, item.name());
            }
        }
        if (names.isEmpty()) {
            return Uni.createFrom().item(new Titled(answer, Set.of()));
        }
        return Multi.createFrom().iterable(names.entrySet())
                .onItem().transformToUniAndConcatenate(e -> provider.searchTitle(marketplace, e.getValue())
                        .map(found -> new CatalogAnswer(Map.of(e.getKey(), withTitleHits(answer.forCode(e.getKey()),
                                found)), Map.of()))
                        .onFailure(ProviderException.class)
                        .recoverWithItem(f -> CatalogAnswer.failed(e.getKey(), (ProviderException) f)))
                .collect().asList()
                .map(titled -> new Titled(titled.stream().reduce(answer, CatalogAnswer::merge), names.keySet()));
    }

    private static List<CatalogProduct> withTitleHits(List<CatalogProduct> byCode, List<CatalogProduct> byTitle) {
        Map<String, CatalogProduct> all = new LinkedHashMap<>();
        byCode.forEach(p -> all.put(p.asin(), p));
        byTitle.forEach(p -> all.putIfAbsent(p.asin(), p));
        return List.copyOf(all.values());
    }

    /** Scores every item; one whose code came from the cache and needed no search is marked {@code from_cache}. */
    private static List<ItemResult> results(LookupRequested batch, Titled titled, Set<String> cached, long ms) {
        CatalogAnswer answer = titled.answer();
        return batch.items().stream().map(item -> {
            ProviderException rejected = answer.failed().get(item.gtin14());
            if (rejected != null) {
                return failed(item, rejected.category(), rejected.getMessage(), ms);
            }
            ItemResult scored = MatchScorer.score(item, answer.forCode(item.gtin14()), batch.autoMatch(),
                    batch.confidenceThreshold(), ms);
            return cached.contains(item.gtin14()) && !titled.searched().contains(item.gtin14())
                    ? fromCache(scored) : scored;
        }).toList();
    }

    private static ItemResult fromCache(ItemResult r) {
        return new ItemResult(r.itemId(), r.status(), r.candidates(), r.chosen(), r.matchType(), r.confidence(),
                r.errorCategory(), r.error(), true, r.ms());
    }

    private static ItemResult failed(LookupItem item, ErrorCategory category, String error, long ms) {
        return new ItemResult(item.itemId(), ItemStatus.FAILED, List.of(), null, null, null, category, error, false,
                ms);
    }

    private static List<ItemResult> failAll(List<LookupItem> items, ErrorCategory category, String error, long ms) {
        return items.stream().map(i -> failed(i, category, error, ms)).toList();
    }

    private static BatchDone done(LookupRequested batch, List<ItemResult> results) {
        return new BatchDone(batch.batchId(), batch.attempt(), batch.jobId(), batch.tenant(), batch.marketplace(),
                batch.provider(), results);
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
