package com.code2asin.simulator.control;

import com.code2asin.simulator.config.SimulatorConfig;
import io.quarkus.arc.All;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Quotas and faults in force: from config at start, changed at runtime by PUT /sim/config; and the one-shot
 * {@code forget-tokens} action, applied to every token store (SP-API and Creators).
 */
@Singleton
public class Settings {

    private volatile Map<Api, QuotaPlan> quotas;
    private volatile FaultPlan faults;
    private volatile Instant tokenHangUntil;
    private final Map<Api, QuotaPlan> initialQuotas;
    private final FaultPlan initialFaults;
    private final List<RevocableTokens> tokenStores;

    @Inject
    public Settings(SimulatorConfig config, @All List<RevocableTokens> tokenStores) {
        this.tokenStores = List.copyOf(tokenStores);
        Map<Api, QuotaPlan> q = new EnumMap<>(Api.class);
        SimulatorConfig.Quota sp = config.quota().spApi();
        // the legacy simulator.rate-limit key applies when quota.sp-api.rate is not set
        double spRate = sp.rate() > 0 ? sp.rate() : config.rateLimit();
        q.put(Api.SP_API, new QuotaPlan(spRate, sp.burst(), sp.dailyCap()));
        SimulatorConfig.Quota pricing = config.quota().spApiPricing();
        q.put(Api.SP_API_PRICING, new QuotaPlan(pricing.rate(), pricing.burst(), pricing.dailyCap()));
        SimulatorConfig.Quota cr = config.quota().creators();
        q.put(Api.CREATORS, new QuotaPlan(cr.rate(), cr.burst(), cr.dailyCap()));
        SimulatorConfig.Faults f = config.faults();
        this.initialQuotas = Map.copyOf(q);
        this.initialFaults = new FaultPlan(f.latencyMsMin(), f.latencyMsMax(), f.latencyMsMedian(), f.latencyMsP99(),
                f.errorRate(), f.dropRate(),
                f.malformedRate(), f.tokenEndpoints(), f.throttleRetryAfterS(), f.refuseTokenAtUse(), f.tokenHangS(),
                null);
        reset();
        tokenHangUntil = Instant.now().plusSeconds(Math.max(0, f.tokenHangS()));
    }

    public QuotaPlan quota(Api api) {
        return quotas.get(api);
    }

    public FaultPlan faults() {
        return faults;
    }

    /** How long the token endpoints still hang (zero when they answer). */
    public Duration tokenHangLeft() {
        Duration left = Duration.between(Instant.now(), tokenHangUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public SimSettings view() {
        Map<String, QuotaPlan> q = new LinkedHashMap<>();
        quotas.forEach((api, plan) -> q.put(api.key(), plan));
        long hangLeft = tokenHangLeft().toMillis();
        return new SimSettings(q, faults.withTokenHangLeft((hangLeft + 999) / 1000));
    }

    /**
     * Applies the non-null fields of {@code patch}; an unknown API key is refused. A {@code token-hang-s} starts its
     * hang now; {@code forget-tokens: true} forgets every token issued so far.
     */
    public synchronized SimSettings update(SimSettings patch) {
        if (patch.quota() != null) {
            Map<Api, QuotaPlan> q = new EnumMap<>(quotas);
            patch.quota().forEach((key, plan) -> {
                Api api = apiOf(key);
                q.put(api, q.get(api).merge(plan));
            });
            quotas = Map.copyOf(q);
        }
        FaultPlan f = patch.faults();
        faults = faults.merge(f);
        if (f != null && f.tokenHangS() != null) {
            tokenHangUntil = Instant.now().plusSeconds(Math.max(0, f.tokenHangS()));
        }
        if (f != null && Boolean.TRUE.equals(f.forgetTokens())) {
            tokenStores.forEach(RevocableTokens::revokeAll);
            Log.info("Every SP-API and Creators API access token issued so far is forgotten");
        }
        return view();
    }

    /** Back to the configured quotas and faults; a token hang in progress ends. */
    public synchronized void reset() {
        quotas = initialQuotas;
        faults = initialFaults;
        tokenHangUntil = Instant.EPOCH;
    }

    private static Api apiOf(String key) {
        for (Api api : Api.values()) {
            if (api.key().equals(key)) {
                return api;
            }
        }
        throw new IllegalArgumentException("Unknown API '" + key + "'; expected one of "
                + Arrays.stream(Api.values()).map(Api::key).collect(Collectors.joining(", ")));
    }
}
