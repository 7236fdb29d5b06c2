package com.code2asin.lookup.quota;

import com.code2asin.lookup.config.LookupConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * How much of its quota each Amazon account has left, as gauges per API: {@code code2asin.quota.tokens} (calls the
 * emptiest account could send back to back now; 0 means the next call waits) and {@code code2asin.quota.daily.left}
 * (calls left today to the account nearest its daily cap). Read from the bucket row as this replica last reserved or
 * backed off, refilled to the time of the scrape: a scrape never queries the database, and the level is as stale as
 * the last call other replicas made since. Per API, never per account: a tag per seller would grow with the tenants.
 */
@ApplicationScoped
public class QuotaLevels {

    /** One account's bucket as last seen: the theoretical arrival time, the share of the rate in use, today's count. */
    record Level(String api, LookupConfig.Quota limits, Instant tat, double factor, LocalDate day, long usedToday) {

        /** Calls that could go out back to back at {@code now}, with fractions: the bucket's fill between 0 and burst. */
        double tokens(Instant now) {
            double interval = 1 / limits.rate();
            double tolerance = Math.max(0, limits.burst() - 1) * interval;
            double due = Math.max(0, (tat.toEpochMilli() - now.toEpochMilli()) / 1000.0);
            return Math.clamp((tolerance - due) / (interval / factor) + 1, 0, limits.burst());
        }

        /** Calls left today, or none when the account has no daily cap. */
        OptionalDouble dailyLeft(Instant now) {
            if (limits.dailyCap() <= 0) {
                return OptionalDouble.empty();
            }
            long used = day.equals(LocalDate.ofInstant(now, ZoneOffset.UTC)) ? usedToday : 0;
            return OptionalDouble.of(Math.max(0, limits.dailyCap() - used));
        }
    }

    private final MeterRegistry registry;
    private final Map<String, Level> accounts = new ConcurrentHashMap<>();
    private final Map<String, Gauge> tokenGauges = new ConcurrentHashMap<>();
    private final Map<String, Gauge> dailyGauges = new ConcurrentHashMap<>();

    QuotaLevels(MeterRegistry registry, LookupConfig config) {
        this.registry = registry;
        // the APIs the worker calls are plotted from the start, NaN until a replica's first call to them
        LookupConfig.Quotas quotas = config.quota();
        Map.of("sp-api", quotas.spApi(), "sp-api-pricing", quotas.spApiPricing(), "creators", quotas.creators())
                .forEach(this::gauge);
    }

    /** The account's bucket after a reservation or a back-off. */
    void seen(String account, LookupConfig.Quota limits, Instant tat, double factor, LocalDate day, long usedToday) {
        String api = ProviderMetrics.api(account);
        accounts.put(account, new Level(api, limits, tat, factor, day, usedToday));
        gauge(api, limits);
    }

    /** Registers the API's gauges once (a tenant's account may have a daily cap where the platform's has none). */
    private void gauge(String api, LookupConfig.Quota limits) {
        tokenGauges.computeIfAbsent(api, key -> Gauge.builder("code2asin.quota.tokens",
                        () -> lowest(api, level -> level.tokens(Instant.now())))
                .description("Calls the emptiest account of the API could send back to back now (0: the next waits)")
                .tag("api", api).register(registry));
        if (limits.dailyCap() > 0) {
            dailyGauges.computeIfAbsent(api, key -> Gauge.builder("code2asin.quota.daily.left",
                            () -> lowest(api, level -> level.dailyLeft(Instant.now()).orElse(Double.NaN)))
                    .description("Calls left today to the account of the API nearest its daily cap")
                    .tag("api", api).register(registry));
        }
    }

    /** The lowest value over the API's accounts (NaN values skipped), or NaN when there is none. */
    private double lowest(String api, ToDoubleFunction<Level> value) {
        return accounts.values().stream().filter(level -> level.api().equals(api)).mapToDouble(value)
                .filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
    }
}
