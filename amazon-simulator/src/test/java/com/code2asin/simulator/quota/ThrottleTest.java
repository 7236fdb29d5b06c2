package com.code2asin.simulator.quota;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThrottleTest {

    @Test
    void twoPerSecondAllowsABurstOfTwoThenRefills() {
        AtomicLong nanos = new AtomicLong();
        Throttle throttle = new Throttle(2, nanos::get);
        assertTrue(throttle.tryAcquire());
        assertTrue(throttle.tryAcquire());
        assertFalse(throttle.tryAcquire());
        nanos.addAndGet(500_000_000L);
        assertTrue(throttle.tryAcquire());
        assertFalse(throttle.tryAcquire());
    }

    @Test
    void noRateMeansNoLimit() {
        Throttle throttle = new Throttle(0, () -> 0L);
        for (int i = 0; i < 100; i++) {
            assertTrue(throttle.tryAcquire());
        }
    }

    @Test
    void burstCanExceedTheRate() {
        AtomicLong nanos = new AtomicLong();
        Throttle throttle = new Throttle(1, 3, 0, nanos::get, () -> 0L);
        assertTrue(throttle.tryAcquire());
        assertTrue(throttle.tryAcquire());
        assertTrue(throttle.tryAcquire());
        assertFalse(throttle.tryAcquire());
        nanos.addAndGet(1_000_000_000L);
        assertTrue(throttle.tryAcquire());
    }

    @Test
    void theDailyCapStopsCallsUntilTheNextUtcDay() {
        AtomicLong millis = new AtomicLong(5 * 86_400_000L);
        Throttle throttle = new Throttle(0, 0, 2, () -> 0L, millis::get);
        assertTrue(throttle.tryAcquire());
        assertTrue(throttle.tryAcquire());
        assertEquals(Throttle.Verdict.DAILY_CAP_EXCEEDED, throttle.acquire());
        millis.addAndGet(86_400_000L);
        assertEquals(Throttle.Verdict.ADMITTED, throttle.acquire());
    }

    @Test
    void aRateRefusalIsToldApartFromTheDailyCap() {
        Throttle throttle = new Throttle(1, 1, 10, () -> 0L, () -> 0L);
        assertEquals(Throttle.Verdict.ADMITTED, throttle.acquire());
        assertEquals(Throttle.Verdict.RATE_EXCEEDED, throttle.acquire());
    }
}
