package com.code2asin.simulator.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.Map;

/**
 * GET /sim/stats: totals by kind of request (with the token requests a token hang held and the catalog calls refused
 * for their access token), then per API ("sp-api", "sp-api-pricing", "creators") and per credential.
 */
@RegisterForReflection
public record StatsView(@JsonProperty("token_requests") long tokenRequests,
                        @JsonProperty("token_requests_held") long tokenRequestsHeld,
                        @JsonProperty("token_refusals") long tokenRefusals,
                        @JsonProperty("catalog_requests") long catalogRequests,
                        @JsonProperty("image_requests") long imageRequests,
                        @JsonProperty("apis") Map<String, ApiCounts> apis) {

    /** Catalog and search calls of one credential: all calls, answered 429, faults injected, identifiers asked. */
    @RegisterForReflection
    public record Counts(long calls, long throttled, long faults, long identifiers) {
    }

    @RegisterForReflection
    public record ApiCounts(long calls, long throttled, long faults, long identifiers,
                            Map<String, Counts> credentials) {
    }
}
