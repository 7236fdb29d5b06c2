package com.code2asin.simulator.quota;

import java.util.function.LongSupplier;

/**
 * One credential's usage plan, like Amazon's: a token bucket ({@code rate} tokens a second, {@code burst} at most)
 * and an optional cap per UTC day. Thread-safe; the lock is per bucket, so credentials never wait for each other.
 */
public final class Throttle {

    /** What a call gets: admitted, refused by the rate, refused by the daily cap. */
    public enum Verdict { ADMITTED, RATE_EXCEEDED, DAILY_CAP_EXCEEDED }

    private static final long DAY_MILLIS = 86_400_000L;

    private final double rate;
    private final double burst;
    private final long dailyCap;
    private final LongSupplier nanoTime;
    private final LongSupplier epochMillis;
    private double tokens;
    private long last;
    private long day;
    private long usedToday;

    /** Rate only, burst = rate rounded up, no daily cap. */
    Throttle(double rate, LongSupplier nanoTime) {
        this(rate, 0, 0, nanoTime, () -> 0L);
    }

    public Throttle(double rate, int burst, long dailyCap, LongSupplier nanoTime, LongSupplier epochMillis) {
        this.rate = rate;
        this.burst = burst > 0 ? burst : Math.max(1, Math.ceil(rate));
        this.dailyCap = dailyCap;
        this.nanoTime = nanoTime;
        this.epochMillis = epochMillis;
        this.tokens = this.burst;
        this.last = nanoTime.getAsLong();
        this.day = epochMillis.getAsLong() / DAY_MILLIS;
    }

    public static Throttle of(double rate, int burst, long dailyCap) {
        return new Throttle(rate, burst, dailyCap, System::nanoTime, System::currentTimeMillis);
    }

    /** Takes one token, or returns false when the bucket is empty or the day's cap is used up. */
    public boolean tryAcquire() {
        return acquire() == Verdict.ADMITTED;
    }

    public synchronized Verdict acquire() {
        if (dailyCap > 0) {
            long today = epochMillis.getAsLong() / DAY_MILLIS;
            if (today != day) {
                day = today;
                usedToday = 0;
            }
            if (usedToday >= dailyCap) {
                return Verdict.DAILY_CAP_EXCEEDED;
            }
        }
        if (rate > 0) {
            long now = nanoTime.getAsLong();
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens < 1) {
                return Verdict.RATE_EXCEEDED;
            }
            tokens -= 1;
        }
        usedToday++;
        return Verdict.ADMITTED;
    }
}
