package com.code2asin.lookup.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.lookup.domain.Offer;
import com.code2asin.model.Marketplace;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The catalog cache against the real {@code lookup} schema: what is stored comes back until its lifetime ends. */
@QuarkusTest
class CatalogCacheTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CatalogCache cache;

    @Inject
    Pool pool;

    @Test
    void aStoredAnswerComesBackForItsCodeAndMarketplaceOnly() {
        String found = code();
        String unknown = code();
        CatalogProduct product = product(found, null);
        cache.store("sp-api", Marketplace.FR, Map.of(found, List.of(product), unknown, List.of()))
                .await().atMost(WAIT);

        Map<String, CatalogCache.Cached> hits = cache.find("sp-api", Marketplace.FR, List.of(found, unknown, code()))
                .await().atMost(WAIT);
        assertEquals(Map.of(found, new CatalogCache.Cached(List.of(product), false),
                unknown, new CatalogCache.Cached(List.of(), false)), hits);
        assertTrue(cache.find("sp-api", Marketplace.DE, List.of(found)).await().atMost(WAIT).isEmpty());
        assertTrue(cache.find("creators", Marketplace.FR, List.of(found)).await().atMost(WAIT).isEmpty());
    }

    @Test
    void aPriceExpiresInHoursWhileItsIdentityStaysForWeeks() {
        String withPrice = code();
        String withoutPrice = code();
        cache.store("creators", Marketplace.DE, Map.of(withPrice, List.of(product(withPrice, new BigDecimal("9.99"))),
                withoutPrice, List.of(product(withoutPrice, null)))).await().atMost(WAIT);
        age(withPrice, Duration.ofDays(1));
        age(withoutPrice, Duration.ofDays(1));

        Map<String, CatalogCache.Cached> hits = cache.find("creators", Marketplace.DE, List.of(withPrice, withoutPrice))
                .await().atMost(WAIT);
        assertTrue(hits.get(withPrice).offersExpired(), "a day-old price is refreshed (offer-ttl 6h)");
        assertFalse(hits.get(withoutPrice).offersExpired(), "offers never asked (SP-API's catalog), nothing to refresh");
        assertEquals(List.of(product(withPrice, new BigDecimal("9.99"))), hits.get(withPrice).products(),
                "day-old identity data is still good (identity-ttl 21d)");
    }

    @Test
    void refreshedOffersRestartThePriceAgeButNotTheIdentityAge() {
        String code = code();
        cache.store("creators", Marketplace.ES, Map.of(code, List.of(product(code, new BigDecimal("5.00")))))
                .await().atMost(WAIT);
        age(code, Duration.ofDays(20));
        CatalogProduct repriced = product(code, new BigDecimal("4.50"));
        cache.storeOffers("creators", Marketplace.ES, Map.of(code, List.of(repriced))).await().atMost(WAIT);

        CatalogCache.Cached hit = cache.find("creators", Marketplace.ES, List.of(code)).await().atMost(WAIT).get(code);
        assertFalse(hit.offersExpired());
        assertEquals(List.of(repriced), hit.products());
        age(code, Duration.ofDays(2));
        assertTrue(cache.find("creators", Marketplace.ES, List.of(code)).await().atMost(WAIT).isEmpty(),
                "the identity, 22 days old, is searched again however fresh its price");
    }

    @Test
    void notOnAmazonIsAskedAgainAfterItsLifetime() {
        String unknown = code();
        cache.store("sp-api", Marketplace.IT, Map.of(unknown, List.of())).await().atMost(WAIT);
        age(unknown, Duration.ofDays(3));
        assertTrue(cache.find("sp-api", Marketplace.IT, List.of(unknown)).await().atMost(WAIT).isEmpty());
    }

    private void age(String gtin14, Duration by) {
        pool.preparedQuery("UPDATE catalog_cache SET fetched_at = fetched_at - make_interval(secs => $2), "
                        + "offers_fetched_at = offers_fetched_at - make_interval(secs => $2) WHERE gtin14 = $1")
                .execute(Tuple.of(gtin14, (double) by.toSeconds())).await().atMost(WAIT);
    }

    private static CatalogProduct product(String gtin14, BigDecimal price) {
        return new CatalogProduct("B0" + gtin14.substring(6), Set.of(gtin14), "Title " + gtin14, "Brand", "Maker",
                "Kitchen", false, null, 1, 42, List.of("http://img/" + gtin14 + ".jpg"),
                price == null ? null : Offer.priced(price, "EUR"));
    }

    /** A random 14-digit code: each test run writes its own rows. */
    private static String code() {
        return String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
    }
}
