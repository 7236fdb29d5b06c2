package com.code2asin.lookup.quota;

import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.event.ErrorCategory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * What ops watch of Amazon's APIs, per API ({@code sp-api}, {@code sp-api-pricing}, {@code creators}), never per
 * account (a tag per seller would grow with the tenants): calls by outcome ({@code ok}, {@code throttled} for a 429,
 * {@code failed}), the time calls waited for their quota, and how long batches take to answer.
 */
@ApplicationScoped
public class ProviderMetrics {

    private final MeterRegistry registry;

    ProviderMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One call made: its failure (null when it was answered). */
    void called(String account, Throwable failure) {
        String outcome = failure == null ? "ok"
                : failure instanceof ProviderException p && p.category() == ErrorCategory.API_RATE_LIMIT
                ? "throttled" : "failed";
        Counter.builder("code2asin.provider.calls").description("Calls to Amazon's APIs, by outcome")
                .tag("api", api(account)).tag("outcome", outcome).register(registry).increment();
    }

    /** How long a call waited for a slot of its account's quota. */
    void waited(String account, Duration wait) {
        Timer.builder("code2asin.quota.wait").description("Time calls waited for their account's quota")
                .tag("api", api(account)).register(registry).record(wait);
    }

    /** A batch looked up (from its first call to its answer), by provider. */
    public void batchAnswered(String provider, Duration took) {
        Timer.builder("code2asin.lookup.batch").description("Time from a batch's arrival to its answer")
                .tag("provider", provider == null ? "unknown" : provider).register(registry).record(took);
    }

    /** Accounts are named {@code <api>/<credential>}. */
    static String api(String account) {
        int slash = account.indexOf('/');
        return slash < 0 ? account : account.substring(0, slash);
    }
}
