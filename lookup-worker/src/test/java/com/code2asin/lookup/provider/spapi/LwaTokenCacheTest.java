package com.code2asin.lookup.provider.spapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.event.ErrorCategory;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LwaTokenCacheTest {

    private final AtomicInteger exchanges = new AtomicInteger();
    private volatile boolean failing;

    private final LwaClient lwa = (grant, refresh, id, secret) -> Uni.createFrom().item(() -> {
        if (failing) {
            throw new IllegalStateException("LWA down");
        }
        return new LwaToken("Atza|" + exchanges.incrementAndGet(), "bearer", 3600);
    }).onItem().delayIt().by(Duration.ofMillis(100));

    @Test
    void concurrentCallersShareOneExchange() {
        LwaTokenCache cache = new LwaTokenCache(lwa, config());
        List<Uni<String>> callers = IntStream.range(0, 20).mapToObj(i -> cache.accessToken()).toList();
        List<String> tokens = Uni.join().all(callers).andFailFast().await().atMost(Duration.ofSeconds(5));
        assertEquals(1, exchanges.get());
        assertEquals(List.of("Atza|1"), tokens.stream().distinct().toList());
    }

    @Test
    void aFailedExchangeIsNotKeptAndAnInvalidatedTokenIsReplaced() {
        LwaTokenCache cache = new LwaTokenCache(lwa, config());
        failing = true;
        ProviderException down = assertThrows(ProviderException.class,
                () -> cache.accessToken().await().atMost(Duration.ofSeconds(5)));
        assertEquals(ErrorCategory.UNKNOWN, down.category());
        failing = false;
        assertEquals("Atza|1", cache.accessToken().await().atMost(Duration.ofSeconds(5)));
        assertEquals("Atza|1", cache.accessToken().await().atMost(Duration.ofSeconds(5)));
        cache.invalidate();
        assertEquals("Atza|2", cache.accessToken().await().atMost(Duration.ofSeconds(5)));
    }

    private static LookupConfig config() {
        LookupConfig.SpApi spApi = new LookupConfig.SpApi() {
            public Optional<String> clientId() { return Optional.of("amzn1.application-oa2-client.test"); }
            public Optional<String> clientSecret() { return Optional.of("secret"); }
            public Optional<String> refreshToken() { return Optional.of("Atzr|test"); }
            public String includedData() { return "identifiers"; }
            public Duration refreshBefore() { return Duration.ofSeconds(60); }
            public int retries() { return 0; }
        };
        return new LookupConfig() {
            public SpApi spApi() { return spApi; }
            public Quotas quota() { return null; }
            public Cache cache() { return null; }
            public boolean titleSearch() { return false; }
            public Duration maxBatchWait() { return null; }
            public int consumerRetries() { return 0; }
            public int batchesInFlight() { return 1; }
            public Duration consumerRetryDelay() { return null; }
            public SingleLookups singleLookups() { return null; }
            public Accounts accounts() { return null; }
        };
    }
}
