package com.code2asin.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Another tenant using job-api while a large job runs: {@code GET /jobs} on a fixed schedule (10 a second), each
 * latency counted from its scheduled start, so a server that stalls cannot hide behind fewer requests.
 */
final class TenantProbe implements AutoCloseable {

    private static final long INTERVAL = 100_000_000L; // ns
    /** Well within the realm's token lifespan. */
    private static final long NEW_TOKEN_EVERY = 300_000_000_000L; // ns

    private final JobApiClient client;
    private final String user;
    private final Thread thread;
    private long[] samples = new long[1 << 16];
    private int count;
    /** The request numbers that failed. */
    private final java.util.List<Integer> errorMarks = new java.util.ArrayList<>();
    private volatile boolean running = true;

    /** Probes as {@code user}, who must be of another tenant than the jobs measured. */
    TenantProbe(JobApiClient client, String user) {
        this.client = client;
        this.user = user;
        this.thread = Thread.ofPlatform().daemon().name("tenant-probe").start(this::run);
    }

    private void run() {
        long scheduled = System.nanoTime();
        long tokenAt = scheduled - NEW_TOKEN_EVERY;
        String token = null;
        while (running) {
            int status;
            try {
                if (System.nanoTime() - tokenAt >= NEW_TOKEN_EVERY) {
                    token = client.token(user);
                    tokenAt = System.nanoTime();
                    scheduled = tokenAt; // Keycloak's time is not job-api's
                }
                long now = System.nanoTime();
                if (now < scheduled) {
                    LockSupport.parkNanos(scheduled - now);
                }
                status = client.status(token, JobApiClient.JOBS + "?limit=20");
            } catch (InterruptedException e) {
                return;
            } catch (java.io.IOException e) {
                status = -1; // no token: counted as an error, tried again at the next request
                tokenAt = System.nanoTime() - NEW_TOKEN_EVERY;
            }
            record(System.nanoTime() - scheduled, status == 200);
            scheduled += INTERVAL;
        }
    }

    private synchronized void record(long nanos, boolean ok) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        if (!ok) {
            errorMarks.add(count);
        }
        samples[count++] = nanos;
    }

    /** Forgets what was measured so far. */
    synchronized void restart() {
        count = 0;
        errorMarks.clear();
    }

    /** A point to measure from: the number of requests so far. */
    synchronized int mark() {
        return count;
    }

    /** The figures of the requests since a {@link #mark}. */
    synchronized Map<String, Object> figuresSince(int mark) {
        long[] sorted = Arrays.copyOfRange(samples, Math.min(mark, count), count);
        Arrays.sort(sorted);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("requests", sorted.length);
        r.put("p50_ms", ms(sorted, 0.50));
        r.put("p95_ms", ms(sorted, 0.95));
        r.put("p99_ms", ms(sorted, 0.99));
        r.put("max_ms", ms(sorted, 1));
        r.put("errors", errorMarks.stream().filter(at -> at >= mark).count());
        return r;
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return Math.round(sorted[(int) Math.min(sorted.length - 1, quantile * sorted.length)] / 1e3) / 1e3;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
