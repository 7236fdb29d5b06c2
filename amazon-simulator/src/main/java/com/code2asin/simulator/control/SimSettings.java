package com.code2asin.simulator.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.Map;

/** The body of GET and PUT /sim/config: quotas keyed by API ("sp-api", "sp-api-pricing", "creators") and faults. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimSettings(Map<String, QuotaPlan> quota, FaultPlan faults) {
}
