package com.code2asin.simulator.stats;

import com.code2asin.simulator.control.Api;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Request counters, so tests and benchmarks can see how many calls a client made, per API and credential. */
@Singleton
public class Stats {

    /** Who made a call that carried no valid token. */
    public static final String NO_CREDENTIAL = "(none)";

    private static final class Counters {
        final LongAdder calls = new LongAdder();
        final LongAdder throttled = new LongAdder();
        final LongAdder faults = new LongAdder();
        final LongAdder identifiers = new LongAdder();

        StatsView.Counts view() {
            return new StatsView.Counts(calls.sum(), throttled.sum(), faults.sum(), identifiers.sum());
        }
    }

    private final AtomicLong tokenRequests = new AtomicLong();
    private final AtomicLong tokenRefusals = new AtomicLong();
    private final AtomicLong tokenRequestsHeld = new AtomicLong();
    private final AtomicLong catalogRequests = new AtomicLong();
    private final AtomicLong imageRequests = new AtomicLong();
    private final Map<Api, Map<String, Counters>> perApi = new EnumMap<>(Api.class);

    public Stats() {
        for (Api api : Api.values()) {
            perApi.put(api, new ConcurrentHashMap<>());
        }
    }

    public void tokenRequested() {
        tokenRequests.incrementAndGet();
    }

    /** A catalog or search call refused for its access token: unknown, forgotten, or refused once by a fault. */
    public void tokenRefused() {
        tokenRefusals.incrementAndGet();
    }

    /** A token request held by a token hang (answered when it ends, if its client still waits). */
    public void tokenHeld() {
        tokenRequestsHeld.incrementAndGet();
    }

    public void catalogRequested() {
        catalogRequests.incrementAndGet();
    }

    public void imageRequested() {
        imageRequests.incrementAndGet();
    }

    public void called(Api api, String credential) {
        counters(api, credential).calls.increment();
    }

    public void throttled(Api api, String credential) {
        counters(api, credential).throttled.increment();
    }

    public void faulted(Api api, String credential) {
        counters(api, credential).faults.increment();
    }

    public void identifiersAsked(Api api, String credential, int count) {
        counters(api, credential).identifiers.add(count);
    }

    private Counters counters(Api api, String credential) {
        return perApi.get(api).computeIfAbsent(credential == null ? NO_CREDENTIAL : credential, c -> new Counters());
    }

    public StatsView view() {
        Map<String, StatsView.ApiCounts> apis = new LinkedHashMap<>();
        perApi.forEach((api, byCredential) -> {
            Map<String, StatsView.Counts> credentials = new TreeMap<>();
            long calls = 0;
            long throttled = 0;
            long faults = 0;
            long identifiers = 0;
            for (Map.Entry<String, Counters> e : byCredential.entrySet()) {
                StatsView.Counts c = e.getValue().view();
                credentials.put(e.getKey(), c);
                calls += c.calls();
                throttled += c.throttled();
                faults += c.faults();
                identifiers += c.identifiers();
            }
            apis.put(api.key(), new StatsView.ApiCounts(calls, throttled, faults, identifiers, credentials));
        });
        return new StatsView(tokenRequests.get(), tokenRequestsHeld.get(), tokenRefusals.get(), catalogRequests.get(),
                imageRequests.get(), apis);
    }

    public void reset() {
        tokenRequests.set(0);
        tokenRefusals.set(0);
        tokenRequestsHeld.set(0);
        catalogRequests.set(0);
        imageRequests.set(0);
        perApi.values().forEach(Map::clear);
    }
}
