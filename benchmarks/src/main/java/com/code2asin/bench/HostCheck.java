package com.code2asin.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The time one core takes for a fixed piece of work (SHA-256 over 64 MiB in memory), the best of three. On a shared
 * VM the host's speed moves: a fixed loop took 0.31 s, then 0.46 to 0.52 s within the same hour with nothing else of
 * ours running, and every latency figure moves with it. Reported beside a run's figures, it tells a slower host from a
 * slower build.
 */
final class HostCheck {

    private HostCheck() {
    }

    static double millis() {
        byte[] block = new byte[1 << 20];
        double best = Double.MAX_VALUE;
        try {
            for (int round = 0; round < 3; round++) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long start = System.nanoTime();
                for (int i = 0; i < 64; i++) {
                    sha.update(block);
                }
                sha.digest();
                best = Math.min(best, (System.nanoTime() - start) / 1e6);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        return Math.round(best * 10) / 10.0;
    }
}
