package com.code2asin.lookup.quota;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.event.ErrorCategory;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs one provider call inside its account's quota: waits for a slot, and retries what Amazon calls retryable.
 * A 429 slows the whole account down and is retried up to {@code throttle-retries} times, so no item fails because
 * of throttling the workers caused themselves; a network or 5xx failure is retried {@code retries} times with
 * exponential back-off and jitter. A refused credential is not retried here (the provider already asked for a fresh
 * token): job-api retries it on the job's schedule, which leaves time to fix the credential.
 */
@ApplicationScoped
public class QuotaGuard {

    private static final Duration DEFAULT_THROTTLE_PAUSE = Duration.ofSeconds(1);
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(500);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(8);

    private final AccountQuota quota;
    private final Delays delays;
    private final ProviderMetrics metrics;

    QuotaGuard(AccountQuota quota, Delays delays, ProviderMetrics metrics) {
        this.quota = quota;
        this.delays = delays;
        this.metrics = metrics;
    }

    public <T> Uni<T> call(String account, LookupConfig.Quota limits, int retries, Supplier<Uni<T>> call) {
        return attempt(account, limits, retries, call, 0, 0);
    }

    private <T> Uni<T> attempt(String account, LookupConfig.Quota limits, int retries, Supplier<Uni<T>> call,
                               int throttles, int failures) {
        long asked = System.nanoTime();
        return quota.acquire(account, limits)
                .invoke(() -> metrics.waited(account, Duration.ofNanos(System.nanoTime() - asked)))
                .chain(() -> call.get().onItemOrFailure().invoke((answer, failure) -> metrics.called(account, failure)))
                .onFailure(ProviderException.class).recoverWithUni(failure -> {
                    ProviderException p = (ProviderException) failure;
                    if (p.category() == ErrorCategory.API_RATE_LIMIT && !(p instanceof QuotaExhaustedException)
                            && throttles < limits.throttleRetries()) {
                        Duration pause = p.retryAfter() == null ? DEFAULT_THROTTLE_PAUSE : p.retryAfter();
                        Log.debugf("account %s throttled (%s), retrying", account, p.getMessage());
                        return quota.throttled(account, limits, pause)
                                .chain(() -> attempt(account, limits, retries, call, throttles + 1, failures));
                    }
                    if (p.category().retryable() && p.category() != ErrorCategory.API_RATE_LIMIT
                            && p.category() != ErrorCategory.AUTH && failures < retries) {
                        return delays.sleep(backOff(failures))
                                .chain(() -> attempt(account, limits, retries, call, throttles, failures + 1));
                    }
                    return Uni.createFrom().failure(p);
                });
    }

    /** 500 ms, 1 s, 2 s... up to 8 s, each with up to 50% random jitter so replicas do not retry in step. */
    static Duration backOff(int failures) {
        long base = Math.min(MAX_BACK_OFF.toMillis(), FIRST_BACK_OFF.toMillis() << Math.min(failures, 10));
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }
}
