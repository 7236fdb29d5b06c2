package com.code2asin.simulator.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.simulator.control.FaultPlan;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The latency drawn for a call: uniform between bounds, or log-normal with a long tail. */
class FaultTest {

    @Test
    void aLogNormalLatencyHasTheMedianAndTheTailAskedFor() {
        long[] delays = draws(plan(0, 0, 100, 400), 20_000);
        assertEquals(100, delays[delays.length / 2], 8, "median");
        assertEquals(400, delays[(int) (delays.length * 0.99)], 60, "99th percentile");
        assertTrue(delays[delays.length - 1] > 400, "a tail beyond the 99th percentile");
    }

    @Test
    void theMaximumCapsTheTailAndTheMinimumFloorsIt() {
        long[] delays = draws(plan(30, 250, 100, 400), 20_000);
        assertEquals(30, delays[0], "floor");
        assertEquals(250, delays[delays.length - 1], "cap");
    }

    @Test
    void withoutAMedianTheLatencyIsUniformBetweenTheBounds() {
        long[] delays = draws(plan(20, 40, 0, 0), 5_000);
        assertEquals(20, delays[0]);
        assertEquals(40, delays[delays.length - 1]);
        assertEquals(30, delays[delays.length / 2], 2);
    }

    private static FaultPlan plan(long min, long max, long median, long p99) {
        return new FaultPlan(min, max, median, p99, 0.0, 0.0, 0.0, false, 0L, 0, 0L, null);
    }

    private static long[] draws(FaultPlan plan, int n) {
        SplittableRandom random = new SplittableRandom(7);
        long[] delays = new long[n];
        for (int i = 0; i < n; i++) {
            delays[i] = Fault.draw(plan, random).delayMs();
        }
        Arrays.sort(delays);
        return delays;
    }
}
