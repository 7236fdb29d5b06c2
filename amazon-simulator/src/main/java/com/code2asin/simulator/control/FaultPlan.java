package com.code2asin.simulator.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Faults injected on catalog and search calls (rates are shares in [0, 1]); null = unchanged. Latency is uniform
 * between min and max, or, when {@code latency-ms-median} is set, log-normal with that median and
 * {@code latency-ms-p99} as its 99th percentile (a long tail, as real APIs have), capped at max when max is set.
 * {@code throttle-retry-after-s} above 0 is an overloaded API: every call is answered 429 with a {@code Retry-After}
 * of that many seconds until it is set back to 0.
 * <p>Token faults, for clients that must read Amazon's refusals as Amazon means them: {@code refuse-token-at-use}
 * above 0 refuses each access token once, at that use (1 = every token's first call, 2 = the first call after one
 * was honoured), with the answer of a revoked token (SP-API 403 {@code Unauthorized}, Creators 401
 * {@code InvalidToken}). {@code token-hang-s} above 0 makes the token endpoints answer nothing for that many seconds
 * from now: a request arriving meanwhile is held until then. {@code forget-tokens: true} is an action, not a
 * setting: every token issued so far is forgotten at once, as when an app is re-authorised; it is never kept.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultPlan(@JsonProperty("latency-ms-min") Long latencyMsMin,
                        @JsonProperty("latency-ms-max") Long latencyMsMax,
                        @JsonProperty("latency-ms-median") Long latencyMsMedian,
                        @JsonProperty("latency-ms-p99") Long latencyMsP99,
                        @JsonProperty("error-rate") Double errorRate,
                        @JsonProperty("drop-rate") Double dropRate,
                        @JsonProperty("malformed-rate") Double malformedRate,
                        @JsonProperty("token-endpoints") Boolean tokenEndpoints,
                        @JsonProperty("throttle-retry-after-s") Long throttleRetryAfterS,
                        @JsonProperty("refuse-token-at-use") Integer refuseTokenAtUse,
                        @JsonProperty("token-hang-s") Long tokenHangS,
                        @JsonProperty("forget-tokens") Boolean forgetTokens) {

    public FaultPlan merge(FaultPlan p) {
        if (p == null) {
            return this;
        }
        return new FaultPlan(p.latencyMsMin != null ? p.latencyMsMin : latencyMsMin,
                p.latencyMsMax != null ? p.latencyMsMax : latencyMsMax,
                p.latencyMsMedian != null ? p.latencyMsMedian : latencyMsMedian,
                p.latencyMsP99 != null ? p.latencyMsP99 : latencyMsP99,
                p.errorRate != null ? p.errorRate : errorRate,
                p.dropRate != null ? p.dropRate : dropRate,
                p.malformedRate != null ? p.malformedRate : malformedRate,
                p.tokenEndpoints != null ? p.tokenEndpoints : tokenEndpoints,
                p.throttleRetryAfterS != null ? p.throttleRetryAfterS : throttleRetryAfterS,
                p.refuseTokenAtUse != null ? p.refuseTokenAtUse : refuseTokenAtUse,
                p.tokenHangS != null ? p.tokenHangS : tokenHangS,
                null);
    }

    /** The same plan saying how many seconds of a token hang are left (the hang is counted from when it was set). */
    FaultPlan withTokenHangLeft(long seconds) {
        return new FaultPlan(latencyMsMin, latencyMsMax, latencyMsMedian, latencyMsP99, errorRate, dropRate,
                malformedRate, tokenEndpoints, throttleRetryAfterS, refuseTokenAtUse, seconds, null);
    }

    public boolean off() {
        return latencyMsMax <= 0 && latencyMsMin <= 0 && latencyMsMedian <= 0 && errorRate <= 0 && dropRate <= 0 && malformedRate <= 0
                && throttleRetryAfterS <= 0;
    }
}
