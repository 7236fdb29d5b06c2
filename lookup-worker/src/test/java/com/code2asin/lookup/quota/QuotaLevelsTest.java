package com.code2asin.lookup.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.quota.AccountQuotaTest.Limits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A bucket's level from its row, as the gauges show it between two reservations. */
class QuotaLevelsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    @Test
    void aBucketRefillsAtTheRateUpToItsBurst() {
        Limits limits = new Limits(2, 2, 0); // a call every 500 ms, two back to back
        assertEquals(2, level(limits, NOW.minusSeconds(60), 1).tokens(NOW), 1e-9, "idle: full");
        assertEquals(2, level(limits, NOW, 1).tokens(NOW), 1e-9, "next slot due now: full");
        assertEquals(1, level(limits, NOW.plusMillis(500), 1).tokens(NOW), 1e-9);
        assertEquals(0.5, level(limits, NOW.plusMillis(750), 1).tokens(NOW), 1e-9);
        assertEquals(0, level(limits, NOW.plusMillis(1000), 1).tokens(NOW), 1e-9, "burst spent");
        assertEquals(0, level(limits, NOW.plusSeconds(5), 1).tokens(NOW), 1e-9, "pushed back by a 429");
    }

    @Test
    void aSlowedAccountRefillsAtTheRateInUse() {
        // a 429 took the rate to half: the spare token comes back in 1 s instead of 500 ms
        assertEquals(0.5, level(new Limits(2, 2, 0), NOW.plusMillis(1000), 0.5).tokens(NOW), 1e-9);
    }

    @Test
    void theDailyCountStartsAgainWithTheUtcDay() {
        Limits capped = new Limits(1, 1, 100);
        QuotaLevels.Level level = new QuotaLevels.Level("creators", capped, NOW, 1, TODAY, 40);
        assertEquals(60, level.dailyLeft(NOW).getAsDouble());
        assertEquals(100, level.dailyLeft(NOW.plusSeconds(86_400)).getAsDouble());
        assertTrue(level(new Limits(1, 1, 0), NOW, 1).dailyLeft(NOW).isEmpty(), "no cap, nothing to count");
    }

    private static QuotaLevels.Level level(Limits limits, Instant tat, double factor) {
        return new QuotaLevels.Level("sp-api", limits, tat, factor, TODAY, 0);
    }
}
