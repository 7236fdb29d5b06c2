package com.code2asin.simulator.fault;

import com.code2asin.simulator.control.FaultPlan;

import java.util.random.RandomGenerator;

/** What happens to one call: nothing, a 5xx answer, a dropped connection or a truncated body; plus a delay. */
record Fault(Kind kind, long delayMs) {

    enum Kind { NONE, ERROR, DROP, MALFORMED }

    static final Fault NONE = new Fault(Kind.NONE, 0);

    /** Draws the fault of one call; the shares add up (error, then drop, then malformed). */
    static Fault draw(FaultPlan plan, RandomGenerator random) {
        if (plan.off()) {
            return NONE;
        }
        long delay = delay(plan, random);
        double r = random.nextDouble();
        double error = plan.errorRate();
        double drop = error + plan.dropRate();
        double malformed = drop + plan.malformedRate();
        Kind kind = r < error ? Kind.ERROR : r < drop ? Kind.DROP : r < malformed ? Kind.MALFORMED : Kind.NONE;
        return new Fault(kind, delay);
    }

    /** P99 = median * e^(2.326 sigma): 2.326 is the standard normal's 99th percentile. */
    private static long delay(FaultPlan plan, RandomGenerator random) {
        long min = Math.max(0, plan.latencyMsMin());
        long max = Math.max(min, plan.latencyMsMax());
        if (plan.latencyMsMedian() <= 0) {
            return max > min ? random.nextLong(min, max + 1) : min;
        }
        double median = plan.latencyMsMedian();
        double p99 = plan.latencyMsP99() > median ? plan.latencyMsP99() : 4 * median;
        double sigma = Math.log(p99 / median) / 2.326;
        long drawn = Math.round(median * Math.exp(sigma * random.nextGaussian()));
        return Math.max(min, max > 0 ? Math.min(max, drawn) : drawn);
    }
}
