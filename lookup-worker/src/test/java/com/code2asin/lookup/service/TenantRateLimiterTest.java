package com.code2asin.lookup.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TenantRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);

    private TenantRateLimiter limiter(double rate, int burst, int maxTenants) {
        return new TenantRateLimiter(rate, burst, maxTenants, now::get);
    }

    private void later(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void aTenantGetsItsBurstThenWaitsForTheRateWhileAnotherIsUntouched() {
        TenantRateLimiter limiter = limiter(1, 5, 100);
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), limiter.acquire("acme"), "call " + (i + 1) + " of the burst");
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), limiter.acquire("acme"));
        assertEquals(Optional.empty(), limiter.acquire("globex"));

        later(Duration.ofMillis(400));
        assertEquals(Optional.of(Duration.ofMillis(600)), limiter.acquire("acme"), "a refusal takes nothing");
        later(Duration.ofMillis(600));
        assertEquals(Optional.empty(), limiter.acquire("acme"), "one call a second once the burst is spent");
        assertTrue(limiter.acquire("acme").isPresent());
    }

    @Test
    void aTenantIdleLongEnoughHasItsWholeBurstBackAndIsForgotten() {
        TenantRateLimiter limiter = limiter(2, 3, 100);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("acme");
        }
        assertTrue(limiter.acquire("acme").isPresent());
        later(Duration.ofMillis(1500));
        limiter.acquire("globex");
        assertEquals(1, limiter.tenantsHeld(), "acme's bucket is full again: nothing to remember");
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limiter.acquire("acme"));
        }
        assertTrue(limiter.acquire("acme").isPresent());
    }

    @Test
    void memoryIsBoundedHoweverManyTenantsCall() {
        TenantRateLimiter limiter = limiter(0.01, 1, 1000);
        for (int i = 0; i < 100_000; i++) {
            assertEquals(Optional.empty(), limiter.acquire("tenant-" + i));
        }
        assertEquals(1000, limiter.tenantsHeld());
        assertTrue(limiter.acquire("tenant-99999").isPresent(), "the most recent tenants are still limited");
    }

    @Test
    void theLimitIsSaidInWords() {
        assertEquals("1 a second, burst 5", limiter(1, 5, 10).limit());
        assertEquals("0.5 a second, burst 2", limiter(0.5, 2, 10).limit());
    }
}
