package com.code2asin.simulator.quota;

import com.code2asin.simulator.control.Api;
import com.code2asin.simulator.control.QuotaPlan;
import com.code2asin.simulator.control.Settings;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The usage plans in force, one token bucket per (API, credential). A plan changed at runtime starts every
 * credential of that API on a full bucket.
 */
@Singleton
public class QuotaBook {

    private record Generation(QuotaPlan plan, Map<String, Throttle> buckets) {
    }

    private final Settings settings;
    private final Map<Api, Generation> generations = new EnumMap<>(Api.class);

    public QuotaBook(Settings settings) {
        this.settings = settings;
        for (Api api : Api.values()) {
            generations.put(api, new Generation(settings.quota(api), new ConcurrentHashMap<>()));
        }
    }

    public Throttle.Verdict acquire(Api api, String credential) {
        QuotaPlan plan = settings.quota(api);
        if (plan.unlimited()) {
            return Throttle.Verdict.ADMITTED;
        }
        Generation g = generation(api, plan);
        Throttle bucket = g.buckets().get(credential);
        if (bucket == null) {
            bucket = g.buckets().computeIfAbsent(credential,
                    c -> Throttle.of(plan.rate(), plan.burst(), plan.dailyCap()));
        }
        return bucket.acquire();
    }

    private Generation generation(Api api, QuotaPlan plan) {
        Generation g;
        synchronized (generations) {
            g = generations.get(api);
            if (g.plan() != plan) {
                g = new Generation(plan, new ConcurrentHashMap<>());
                generations.put(api, g);
            }
        }
        return g;
    }
}
