package com.code2asin.lookup.service;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.domain.CatalogAnswer;
import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.lookup.domain.Offer;
import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.lookup.domain.RawAnswers;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.model.event.MatchType;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Looks a batch up with the provider the job asked for and scores every item. Codes answered recently come from the
 * cache and cost no quota; a failed call fails its items only, and a code the provider rejected fails alone. A named
 * item its code could not place is searched once more by its name. A batch that wants prices gets the offers of
 * its candidates. Items no candidate was found for are asked of the job's next marketplace, if it named several.
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
        CatalogProvider provider = providers.stream()
                .filter(p -> batch.provider() == null || p.name().equals(batch.provider()))
                .findFirst().orElse(null);
        if (batch.marketplace() == null) {
            return Uni.createFrom().item(done(batch, failAll(batch.items(), ErrorCategory.INVALID_DATA,
                    "the batch names no marketplace", null, 0)));
        }
        List<Marketplace> marketplaces = new ArrayList<>();
        marketplaces.add(batch.marketplace());
        marketplaces.addAll(batch.fallbacks());
        if (provider == null) {
            return Uni.createFrom().item(done(batch, failAll(batch.items(), ErrorCategory.INVALID_DATA,
                    "unknown provider '" + batch.provider() + "'", batch.marketplace(), 0)));
        }
        return provider.forTenant(batch.tenant())
                .chain(account -> across(account, marketplaces, batch, batch.items(), started))
                .onFailure(ProviderException.class).recoverWithItem(failure -> {
                    ProviderException p = (ProviderException) failure;
                    return failAll(batch.items(), p.category(), p.getMessage(), batch.marketplace(),
                            elapsedMs(started));
                })
                .map(results -> done(batch, results));
    }

    /** The batch answered with every item failed for the same reason, as when it could not be looked up in time. */
    public BatchDone failed(LookupRequested batch, ErrorCategory category, String error) {
        return done(batch, failAll(batch.items(), category, error, batch.marketplace(), 0));
    }

    /**
     * Looks the items up on the first marketplace, then the items it had no candidate for on the next, and so on:
     * a code absent from Amazon.fr may be listed on Amazon.de. The results keep the order of the items.
     */
    private Uni<List<ItemResult>> across(CatalogProvider provider, List<Marketplace> marketplaces,
                                         LookupRequested batch, List<LookupItem> items, long started) {
        return on(provider, marketplaces.get(0), batch, items, started).chain(results -> {
            Set<UUID> notFound = results.stream().filter(LookupService::noneCarriesTheCode).map(ItemResult::itemId)
                    .collect(Collectors.toSet());
            if (marketplaces.size() == 1 || notFound.isEmpty()) {
                return Uni.createFrom().item(results);
            }
            List<LookupItem> next = items.stream().filter(i -> notFound.contains(i.itemId())).toList();
            return across(provider, marketplaces.subList(1, marketplaces.size()), batch, next, started)
                    .map(later -> {
                        Map<UUID, ItemResult> byItem = new HashMap<>();
                        later.forEach(r -> byItem.put(r.itemId(), r));
                        return results.stream().map(r -> better(r, byItem.get(r.itemId()))).toList();
                    });
        });
    }

    /** Found nowhere here, or only by its title: another marketplace may list the code itself. */
    private static boolean noneCarriesTheCode(ItemResult r) {
        return r.status() != ItemStatus.FAILED && r.candidates().stream().noneMatch(LookupService::carriesTheCode);
    }

    private static boolean carriesTheCode(Candidate c) {
        return c.matchType() == MatchType.EXACT || c.matchType() == MatchType.PARTIAL;
    }

    /**
     * The later marketplace's result, unless it found less than the earlier one did: title-only candidates here
     * stay when there are none there. A failure there wins only over an earlier answer of nothing, and only when it
     * may pass (the item is retried rather than settled as unmatched); a refusal there keeps what was found here.
     */
    static ItemResult better(ItemResult earlier, ItemResult later) {
        if (later == null) {
            return earlier;
        }
        if (later.status() == ItemStatus.FAILED) {
            boolean mayPass = later.errorCategory() != null && later.errorCategory().retryable()
                    && later.errorCategory() != ErrorCategory.AUTH;
            return mayPass && earlier.candidates().isEmpty() ? later : earlier;
        }
        boolean laterFoundMore = earlier.candidates().isEmpty()
                || later.candidates().stream().anyMatch(LookupService::carriesTheCode);
        return laterFoundMore ? later : earlier;
    }

    /** One marketplace: cached codes first, the provider for the rest, then the title search, then the offers. */
    private Uni<List<ItemResult>> on(CatalogProvider provider, Marketplace marketplace, LookupRequested batch,
                                     List<LookupItem> items, long started) {
        List<String> gtins = items.stream().map(LookupItem::gtin14).distinct().toList();
        return cache.hits(provider, marketplace, gtins).chain(hits -> {
            List<String> misses = gtins.stream().filter(g -> !hits.containsKey(g)).toList();
            Uni<CatalogAnswer> asked = misses.isEmpty() ? Uni.createFrom().item(CatalogAnswer.empty())
                    : provider.lookup(marketplace, misses);
            return asked.call(answer -> cache.remember(provider, marketplace, misses, answer))
                    .map(answer -> new CatalogAnswer(hits, Map.of()).merge(answer))
                    .chain(byCode -> byTitle(provider, marketplace, items, byCode))
                    .chain(titled -> priced(provider, marketplace, batch, titled))
                    .map(titled -> results(batch, items, marketplace, titled, hits.keySet(), elapsedMs(started)));
        }).onFailure(ProviderException.class).recoverWithItem(failure -> {
            ProviderException p = (ProviderException) failure;
            Log.warnf("batch %s attempt %d failed on %s (%s): %s", batch.batchId(), batch.attempt(), marketplace,
                    p.category().value(), p.getMessage());
            return failAll(items, p.category(), p.getMessage(), marketplace, elapsedMs(started));
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
    private Uni<Titled> byTitle(CatalogProvider provider, Marketplace marketplace, List<LookupItem> items,
                                CatalogAnswer answer) {
        Map<String, String> names = new LinkedHashMap<>();
        for (LookupItem item : items) {
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

    /**
     * For a batch that wants prices: today's offers of every candidate whose offers are unknown or expired, asked by
     * ASIN, and cached for the codes whose answer is cached (not those with title hits, which are not). A failed
     * pricing call fails the items that needed it, so job-api retries them rather than settling them without a
     * price; their identity is cached by then, so the retry costs pricing calls only.
     */
    private Uni<Titled> priced(CatalogProvider provider, Marketplace marketplace, LookupRequested batch,
                               Titled titled) {
        CatalogAnswer answer = titled.answer();
        Map<String, List<CatalogProduct>> unpriced = new LinkedHashMap<>();
        answer.found().forEach((code, products) -> {
            if (!answer.failed().containsKey(code) && products.stream().anyMatch(CatalogProduct::needsOffer)) {
                unpriced.put(code, products);
            }
        });
        if (!batch.pricesWanted() || unpriced.isEmpty()) {
            return Uni.createFrom().item(titled);
        }
        List<String> asins = unpriced.values().stream().flatMap(List::stream).filter(CatalogProduct::needsOffer)
                .map(CatalogProduct::asin).distinct().toList();
        return provider.offers(marketplace, asins).chain(offers -> {
            Map<String, List<CatalogProduct>> priced = new LinkedHashMap<>();
            unpriced.forEach((code, products) -> priced.put(code, products.stream()
                    .map(p -> p.needsOffer() ? p.withOffer(offers.getOrDefault(p.asin(), Offer.NONE)) : p)
                    .toList()));
            Map<String, List<CatalogProduct>> cacheable = new HashMap<>(priced);
            cacheable.keySet().removeAll(titled.searched());
            return cache.rememberOffers(provider, marketplace, cacheable)
                    .replaceWith(new Titled(answer.merge(new CatalogAnswer(priced, Map.of())), titled.searched()));
        }).onFailure(ProviderException.class).recoverWithItem(failure -> {
            Log.warnf("offers of %d ASIN(s) on %s not answered, %d item code(s) fail: %s", asins.size(), marketplace,
                    unpriced.size(), failure.getMessage());
            return new Titled(answer.merge(CatalogAnswer.failed(List.copyOf(unpriced.keySet()),
                    (ProviderException) failure)), titled.searched());
        });
    }

    private static List<CatalogProduct> withTitleHits(List<CatalogProduct> byCode, List<CatalogProduct> byTitle) {
        Map<String, CatalogProduct> all = new LinkedHashMap<>();
        byCode.forEach(p -> all.put(p.asin(), p));
        byTitle.forEach(p -> all.putIfAbsent(p.asin(), p));
        return List.copyOf(all.values());
    }

    /** Scores every item; one whose code came from the cache and needed no search is marked {@code from_cache}. */
    private static List<ItemResult> results(LookupRequested batch, List<LookupItem> items, Marketplace marketplace,
                                            Titled titled, Set<String> cached, long ms) {
        CatalogAnswer answer = titled.answer();
        return items.stream().map(item -> {
            ProviderException rejected = answer.failed().get(item.gtin14());
            if (rejected != null) {
                return failed(item, rejected.category(), rejected.getMessage(), marketplace, ms);
            }
            ItemResult r = MatchScorer.score(item, answer.forCode(item.gtin14()), batch.autoMatch(),
                    batch.confidenceThreshold(), ms);
            boolean fromCache = cached.contains(item.gtin14()) && !titled.searched().contains(item.gtin14());
            return new ItemResult(r.itemId(), r.status(), r.candidates(), r.chosen(), r.matchType(), r.confidence(),
                    r.errorCategory(), r.error(), fromCache, r.ms(), marketplace,
                    RawAnswers.pack(answer.raw().get(item.gtin14())));
        }).toList();
    }

    private static ItemResult failed(LookupItem item, ErrorCategory category, String error, Marketplace marketplace,
                                     long ms) {
        return new ItemResult(item.itemId(), ItemStatus.FAILED, List.of(), null, null, null, category, error, false,
                ms, marketplace);
    }

    private static List<ItemResult> failAll(List<LookupItem> items, ErrorCategory category, String error,
                                            Marketplace marketplace, long ms) {
        return items.stream().map(i -> failed(i, category, error, marketplace, ms)).toList();
    }

    private static BatchDone done(LookupRequested batch, List<ItemResult> results) {
        return new BatchDone(batch.batchId(), batch.attempt(), batch.jobId(), batch.tenant(), batch.marketplace(),
                batch.provider(), results);
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
