package com.code2asin.lookup.cache;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.model.Marketplace;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What providers answered per (provider, marketplace, GTIN-14), so a code asked again costs no search. Identity data
 * lives for weeks and a "not on Amazon" for days; offers, once asked, age on their own clock (hours), and an answer
 * whose offers expired is still good for its identity: the caller asks for its offers again by ASIN. All lifetimes
 * are configurable. One SELECT and one INSERT per batch.
 */
@ApplicationScoped
public class CatalogCache {

    private static final TypeReference<List<CatalogProduct>> PRODUCTS = new TypeReference<>() {
    };

    private static final String FIND = """
            SELECT gtin14, products::text, has_offers, fetched_at, offers_fetched_at FROM catalog_cache
            WHERE provider = $1 AND marketplace = $2 AND gtin14 = ANY($3)""";

    private static final String STORE = """
            INSERT INTO catalog_cache (provider, marketplace, gtin14, products, has_offers, fetched_at,
                                       offers_fetched_at)
            SELECT $1, $2, t.gtin14, t.products::jsonb, t.has_offers, clock_timestamp(),
                   CASE WHEN t.has_offers THEN clock_timestamp() END
            FROM UNNEST($3::text[], $4::text[], $5::boolean[]) AS t(gtin14, products, has_offers)
            ON CONFLICT (provider, marketplace, gtin14) DO UPDATE
            SET products = EXCLUDED.products, has_offers = EXCLUDED.has_offers, fetched_at = EXCLUDED.fetched_at,
                offers_fetched_at = EXCLUDED.offers_fetched_at""";

    /** New offers on a cached answer: the identity keeps its own age. */
    private static final String STORE_OFFERS = """
            UPDATE catalog_cache c SET products = t.products::jsonb, has_offers = true,
                                       offers_fetched_at = clock_timestamp()
            FROM UNNEST($3::text[], $4::text[]) AS t(gtin14, products)
            WHERE c.provider = $1 AND c.marketplace = $2 AND c.gtin14 = t.gtin14""";

    /** A cached answer: the products found for a code, and whether their prices outlived {@code offer-ttl}. */
    public record Cached(List<CatalogProduct> products, boolean offersExpired) {
    }

    private final Pool pool;
    private final ObjectMapper json;
    private final LookupConfig.Cache ttl;

    CatalogCache(Pool pool, ObjectMapper json, LookupConfig config) {
        this.pool = pool;
        this.json = json;
        this.ttl = config.cache();
    }

    /** The answers among these codes whose identity is still fresh: GTIN-14 -> the products found for it. */
    public Uni<Map<String, Cached>> find(String provider, Marketplace marketplace, List<String> gtin14s) {
        if (gtin14s.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(FIND)
                .execute(Tuple.of(provider, marketplace.name(), gtin14s.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Cached> fresh = new HashMap<>();
                    OffsetDateTime now = OffsetDateTime.now();
                    for (Row row : rows) {
                        List<CatalogProduct> products = read(row.getString(1));
                        Duration age = Duration.between(row.getOffsetDateTime(3), now);
                        if (products == null || age.compareTo(products.isEmpty() ? ttl.notFoundTtl()
                                : ttl.identityTtl()) >= 0) {
                            continue;
                        }
                        OffsetDateTime offersAt = row.getOffsetDateTime(4);
                        boolean expired = row.getBoolean(2)
                                && (offersAt == null || Duration.between(offersAt, now).compareTo(ttl.offerTtl()) >= 0);
                        fresh.put(row.getString(0), new Cached(products, expired));
                    }
                    return fresh;
                });
    }

    /** Remembers, for each code looked up, the products that carry it (an empty list when Amazon knows none). */
    public Uni<Void> store(String provider, Marketplace marketplace, Map<String, List<CatalogProduct>> byCode) {
        if (byCode.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] codes = byCode.keySet().toArray(String[]::new);
        String[] products = new String[codes.length];
        Boolean[] offers = new Boolean[codes.length];
        for (int i = 0; i < codes.length; i++) {
            List<CatalogProduct> found = byCode.get(codes[i]);
            products[i] = write(found);
            offers[i] = found.stream().anyMatch(p -> p.offer() != null);
        }
        return pool.preparedQuery(STORE)
                .execute(Tuple.of(provider, marketplace.name(), codes, products, offers))
                .replaceWithVoid();
    }

    /** Replaces the products of cached answers whose offers were just refreshed, restarting only their price age. */
    public Uni<Void> storeOffers(String provider, Marketplace marketplace, Map<String, List<CatalogProduct>> byCode) {
        if (byCode.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] codes = byCode.keySet().toArray(String[]::new);
        String[] products = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            products[i] = write(byCode.get(codes[i]));
        }
        return pool.preparedQuery(STORE_OFFERS).execute(Tuple.of(provider, marketplace.name(), codes, products))
                .replaceWithVoid();
    }

    private List<CatalogProduct> read(String products) {
        try {
            return json.readValue(products, PRODUCTS);
        } catch (JsonProcessingException e) {
            return null; // written by an older version: looked up again
        }
    }

    private String write(List<CatalogProduct> products) {
        try {
            return json.writeValueAsString(products);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("catalog products are plain records", e);
        }
    }
}
