package com.code2asin.simulator.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A usage plan per credential (rate 0 = unlimited, burst 0 = rate rounded up, daily-cap 0 = none); null = unchanged. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuotaPlan(@JsonProperty("rate") Double rate,
                        @JsonProperty("burst") Integer burst,
                        @JsonProperty("daily-cap") Long dailyCap) {

    public QuotaPlan merge(QuotaPlan patch) {
        if (patch == null) {
            return this;
        }
        return new QuotaPlan(patch.rate != null ? patch.rate : rate, patch.burst != null ? patch.burst : burst,
                patch.dailyCap != null ? patch.dailyCap : dailyCap);
    }

    public boolean unlimited() {
        return rate <= 0 && dailyCap <= 0;
    }
}
