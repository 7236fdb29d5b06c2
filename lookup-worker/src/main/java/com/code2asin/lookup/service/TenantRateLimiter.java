package com.code2asin.lookup.service;

import com.code2asin.lookup.config.LookupConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A token bucket per tenant for the HTTP calls that may spend the Amazon quota every job shares (single lookups,
 * connection tests), so one tenant's readers cannot stall everyone's jobs. Each tenant is one number, the instant its
 * bucket is empty until (the generic cell rate algorithm); a tenant whose bucket has filled up again is the same as
 * one never seen, so it is forgotten, and at most {@code max-tenants} are held (the least recently seen go first).
 * Per replica: N replicas let a tenant make N times the calls, still far from one tenant taking the account. Created at
 * start-up, so settings it cannot work with stop the worker there.
 */
@Startup
@ApplicationScoped
public class TenantRateLimiter {

    private final long interval;
    private final long burstSpan;
    private final int maxTenants;
    private final LongSupplier nanoClock;
    private final String limit;
    private final LinkedHashMap<String, Long> emptyUntil = new LinkedHashMap<>(16, 0.75f, true);

    @Inject
    TenantRateLimiter(LookupConfig config) {
        this(config.singleLookups().rate(), config.singleLookups().burst(), config.singleLookups().maxTenants(),
                System::nanoTime);
    }

    TenantRateLimiter(double rate, int burst, int maxTenants, LongSupplier nanoClock) {
        if (rate <= 0 || burst < 1 || maxTenants < 1) {
            throw new IllegalArgumentException("lookup-worker.single-lookups: rate must be above 0, burst and "
                    + "max-tenants at least 1 (rate " + rate + ", burst " + burst + ", max-tenants " + maxTenants
                    + ")");
        }
        this.interval = Math.max(1, (long) (1_000_000_000L / rate));
        this.burstSpan = interval * burst;
        this.maxTenants = maxTenants;
        this.nanoClock = nanoClock;
        this.limit = BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString() + " a second, burst " + burst;
    }

    /** The limit in words, e.g. "1 a second, burst 5". */
    public String limit() {
        return limit;
    }

    /** Takes one call from the tenant's bucket; when it is empty the call is refused: how long until one is free. */
    public synchronized Optional<Duration> acquire(String tenant) {
        long now = nanoClock.getAsLong();
        forgetRefilled(now);
        Long until = emptyUntil.get(tenant);
        long next = Math.max(until == null ? now : until, now) + interval;
        if (next - now > burstSpan) {
            return Optional.of(Duration.ofNanos(next - now - burstSpan));
        }
        emptyUntil.put(tenant, next);
        if (emptyUntil.size() > maxTenants) {
            Iterator<String> eldest = emptyUntil.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return Optional.empty();
    }

    /** Tenants held; for tests. */
    synchronized int tenantsHeld() {
        return emptyUntil.size();
    }

    /** Drops the least recently seen tenants whose bucket is full again, up to the first that is not. */
    private void forgetRefilled(long now) {
        Iterator<Map.Entry<String, Long>> entries = emptyUntil.entrySet().iterator();
        while (entries.hasNext() && entries.next().getValue() - now <= 0) {
            entries.remove();
        }
    }
}
