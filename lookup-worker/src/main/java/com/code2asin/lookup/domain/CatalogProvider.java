package com.code2asin.lookup.domain;

import com.code2asin.model.Marketplace;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An Amazon catalog that finds products by code. Failures arrive as {@link ProviderException}. */
public interface CatalogProvider {

    /** Provider name as jobs ask for it ({@code sp-api}, {@code creators}). */
    String name();

    /**
     * The provider as the tenant's lookups use it: with the tenant's own Amazon account when it stored one. Providers
     * without per-tenant accounts are the same for every tenant. Fails as {@code auth} when the tenant may use none.
     */
    default Uni<CatalogProvider> forTenant(String tenant) {
        return Uni.createFrom().item(this);
    }

    /**
     * The products found for each GTIN-14 code on one marketplace, any number of codes. A code the provider rejects
     * fails alone, in {@link CatalogAnswer#failed()}, and so do the codes of a call that failed (network, quota);
     * a failure no call can pass (refused credentials) may fail the Uni.
     */
    Uni<CatalogAnswer> lookup(Marketplace marketplace, List<String> gtin14s);

    /**
     * A keyword search by product name, for an item whose code found nothing: what it returns carries no identifier
     * of the code, so the scorer can only rate it {@code fuzzy}. Providers without a keyword search find nothing.
     */
    default Uni<List<CatalogProduct>> searchTitle(Marketplace marketplace, String title) {
        return Uni.createFrom().item(List.of());
    }

    /**
     * Today's offers of known ASINs, to refresh the prices of a cached answer without searching its codes again
     * (get-by-ASIN calls). An ASIN missing from the map has no offer any more. Providers without prices have none.
     */
    default Uni<Map<String, Offer>> offers(Marketplace marketplace, List<String> asins) {
        return Uni.createFrom().item(Map.of());
    }

    /** The product of one ASIN on one marketplace, or empty when the marketplace does not know it. */
    Uni<Optional<CatalogProduct>> byAsin(Marketplace marketplace, String asin);

    /** All or nothing: every product found for any of the codes; fails when one code failed. */
    default Uni<List<CatalogProduct>> search(Marketplace marketplace, List<String> gtin14s) {
        return lookup(marketplace, gtin14s).map(answer -> {
            if (!answer.failed().isEmpty()) {
                throw answer.failed().values().iterator().next();
            }
            return answer.products();
        });
    }

    /** The provider's settings for people to check: endpoints, account, quota. Secrets are masked. */
    default Map<String, Object> settings() {
        return Map.of("name", name());
    }
}
