package com.code2asin.simulator.control;

import com.code2asin.simulator.config.SimulatorConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Quotas and faults in force: from config at start, changed at runtime by PUT /sim/config. */
@Singleton
public class Settings {

    private volatile Map<Api, QuotaPlan> quotas;
    private volatile FaultPlan faults;
    private final Map<Api, QuotaPlan> initialQuotas;
    private final FaultPlan initialFaults;

    @Inject
    public Settings(SimulatorConfig config) {
        Map<Api, QuotaPlan> q = new EnumMap<>(Api.class);
        SimulatorConfig.Quota sp = config.quota().spApi();
        // the legacy simulator.rate-limit key applies when quota.sp-api.rate is not set
        double spRate = sp.rate() > 0 ? sp.rate() : config.rateLimit();
        q.put(Api.SP_API, new QuotaPlan(spRate, sp.burst(), sp.dailyCap()));
        SimulatorConfig.Quota cr = config.quota().creators();
        q.put(Api.CREATORS, new QuotaPlan(cr.rate(), cr.burst(), cr.dailyCap()));
        SimulatorConfig.Faults f = config.faults();
        this.initialQuotas = Map.copyOf(q);
        this.initialFaults = new FaultPlan(f.latencyMsMin(), f.latencyMsMax(), f.latencyMsMedian(), f.latencyMsP99(),
                f.errorRate(), f.dropRate(),
                f.malformedRate(), f.tokenEndpoints(), f.throttleRetryAfterS());
        reset();
    }

    public QuotaPlan quota(Api api) {
        return quotas.get(api);
    }

    public FaultPlan faults() {
        return faults;
    }

    public SimSettings view() {
        Map<String, QuotaPlan> q = new LinkedHashMap<>();
        quotas.forEach((api, plan) -> q.put(api.key(), plan));
        return new SimSettings(q, faults);
    }

    /** Applies the non-null fields of {@code patch}; an unknown API key is refused. */
    public synchronized SimSettings update(SimSettings patch) {
        if (patch.quota() != null) {
            Map<Api, QuotaPlan> q = new EnumMap<>(quotas);
            patch.quota().forEach((key, plan) -> {
                Api api = apiOf(key);
                q.put(api, q.get(api).merge(plan));
            });
            quotas = Map.copyOf(q);
        }
        faults = faults.merge(patch.faults());
        return view();
    }

    /** Back to the configured values. */
    public synchronized void reset() {
        quotas = initialQuotas;
        faults = initialFaults;
    }

    private static Api apiOf(String key) {
        for (Api api : Api.values()) {
            if (api.key().equals(key)) {
                return api;
            }
        }
        throw new IllegalArgumentException("Unknown API '" + key + "'; expected sp-api or creators");
    }
}
