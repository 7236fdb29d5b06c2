package com.code2asin.lookup.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.code2asin.lookup.config.LookupConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shared bucket against the real {@code lookup} schema: slots are spaced at the rate, caps and 429s hold. */
@QuarkusTest
class AccountQuotaTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    AccountQuota quota;

    @Inject
    Pool pool;

    @Inject
    MeterRegistry registry;

    @Test
    void concurrentCallersReserveSlotsSpacedAtTheRate() {
        String account = account();
        Limits limits = new Limits(50, 1, 0);
        OffsetDateTime before = OffsetDateTime.now();
        List<Uni<Void>> calls = IntStream.range(0, 10).mapToObj(i -> quota.acquire(account, limits)).toList();
        Uni.join().all(calls).andFailFast().await().atMost(WAIT);

        Row row = row(account);
        assertEquals(10, row.getLong("used_today"));
        // ten slots of 20 ms each were handed out one after the other: the next one is due at least 200 ms on
        Duration booked = Duration.between(before, row.getOffsetDateTime("tat"));
        assertTrue(booked.toMillis() >= 200, "ten slots at 50/s book 200 ms, booked " + booked);
    }

    @Test
    void theDailyCapRefusesTheCallAfterTheLast() {
        String account = account();
        Limits limits = new Limits(1000, 5, 3);
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < 3; i++) {
            quota.acquire(account, limits).await().atMost(WAIT);
        }
        Throwable refused = quota.acquire(account, limits).onItem().<Throwable>transform(x -> null)
                .onFailure().recoverWithItem(e -> e).await().atMost(WAIT);
        assumeTrue(day.equals(LocalDate.now(ZoneOffset.UTC)), "the UTC day, and with it the daily count, turned over");
        assertInstanceOf(QuotaExhaustedException.class, refused);
        assertEquals(3, row(account).getLong("used_today"));
    }

    @Test
    void aThrottledAnswerSlowsTheRateAndPushesTheNextSlotBack() {
        String api = "throttled" + UUID.randomUUID().toString().substring(0, 8);
        String account = api + "/seller";
        Limits limits = new Limits(10, 1, 0);
        quota.acquire(account, limits).await().atMost(WAIT);
        OffsetDateTime throttledAt = OffsetDateTime.now();
        quota.throttled(account, limits, Duration.ofSeconds(2)).await().atMost(WAIT);
        assertEquals(0, gauge("code2asin.quota.tokens", api), "no token before Retry-After has passed");

        Row row = row(account);
        assertEquals(0.75, row.getDouble("factor"), 1e-9);
        assertTrue(Duration.between(throttledAt, row.getOffsetDateTime("tat")).toMillis() >= 1900,
                "the next slot waits for Retry-After");
    }

    @Test
    void theGaugesShowWhatTheEmptiestAccountOfAnApiHasLeft() {
        String api = "gauged" + UUID.randomUUID().toString().substring(0, 8);
        Limits limits = new Limits(0.5, 3, 10); // three back to back, then one every 2 s
        quota.acquire(api + "/idle", limits).await().atMost(WAIT);
        assertTrue(gauge("code2asin.quota.tokens", api) >= 1.99, "one call of three leaves two");
        assertEquals(9, gauge("code2asin.quota.daily.left", api));

        String busy = api + "/busy";
        for (int i = 0; i < 3; i++) {
            quota.acquire(busy, limits).await().atMost(WAIT);
        }
        double tokens = gauge("code2asin.quota.tokens", api);
        assertTrue(tokens < 0.5, "the busy account sent its burst: the next call waits, shown " + tokens);
        assertEquals(7, gauge("code2asin.quota.daily.left", api));
    }

    private double gauge(String name, String api) {
        return registry.get(name).tag("api", api).gauge().value();
    }

    private Row row(String account) {
        return pool.preparedQuery("SELECT tat, factor, used_today FROM quota_bucket WHERE account = $1")
                .execute(Tuple.of(account)).await().atMost(WAIT).iterator().next();
    }

    private static String account() {
        return "test/" + UUID.randomUUID();
    }

    record Limits(double rate, int burst, long dailyCap) implements LookupConfig.Quota {
        @Override
        public int throttleRetries() {
            return 0;
        }
    }
}
