package com.code2asin.lookup.rest;

import com.code2asin.lookup.service.TenantRateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The per-tenant limit on the endpoints that spend Amazon's quota, as HTTP: the caller's tenant comes from the token's
 * {@code tenant} claim (a token without one is limited on its own, by subject, where no tenant is needed), and a call
 * over the limit is a 429 problem with {@code Retry-After} in seconds.
 */
@ApplicationScoped
public class QuotaSpending {

    private final TenantRateLimiter limiter;
    private final JsonWebToken token;

    QuotaSpending(TenantRateLimiter limiter, JsonWebToken token) {
        this.limiter = limiter;
        this.token = token;
    }

    /**
     * The caller's tenant. A token without the claim is refused (403), as job-api refuses it: a lookup, the quota and
     * an Amazon account are a tenant's, and no stand-in name may reach another tenant's account.
     */
    String tenant() {
        Object tenant = token.getClaim("tenant");
        if (tenant == null || tenant.toString().isBlank()) {
            throw Problems.forbidden("your token names no tenant (claim 'tenant'): lookups and Amazon accounts belong "
                    + "to one; ask your administrator to assign your account to a tenant");
        }
        return tenant.toString();
    }

    /** Counts one call against the caller's tenant; throws the 429 when its bucket is empty. */
    void take() {
        Object tenant = token.getClaim("tenant");
        String key = tenant == null ? "subject " + token.getSubject() : "tenant " + tenant;
        limiter.acquire(key).ifPresent(wait -> {
            long seconds = seconds(wait);
            throw Problems.tooManyRequests(seconds, (tenant == null ? "this caller" : "tenant '" + tenant + "'")
                    + " is over its limit of calls that spend the shared Amazon quota (single lookups and connection "
                    + "tests): " + limiter.limit() + " (lookup-worker.single-lookups.rate / .burst); retry in "
                    + seconds + " s");
        });
    }

    /** Whole seconds, rounded up: waiting that long is always enough. */
    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
