package com.code2asin.simulator.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** 64-bit hashing that gives the same values on every JVM (splitmix64 finaliser; SHA-256 for strings). */
public final class StableHash {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private StableHash() {
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static long of(long seed, long... parts) {
        long h = mix(seed + GOLDEN);
        for (long part : parts) {
            h = mix(h + GOLDEN ^ part);
        }
        return h;
    }

    public static long of(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xFF);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A uniform double in [0, 1) from a hash. */
    public static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /** A stream of draws from one starting hash, for generating several fields in a fixed order. */
    static final class Draw {
        private long state;

        Draw(long start) {
            this.state = start;
        }

        long next() {
            state += GOLDEN;
            return mix(state);
        }

        int nextInt(int bound) {
            return (int) Math.floorMod(next(), (long) bound);
        }

        int between(int min, int max) {
            return min + nextInt(max - min + 1);
        }

        <T> T pick(java.util.List<T> values) {
            return values.get(nextInt(values.size()));
        }
    }
}
