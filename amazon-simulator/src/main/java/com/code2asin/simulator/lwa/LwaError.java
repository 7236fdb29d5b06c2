package com.code2asin.simulator.lwa;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
public record LwaError(@JsonProperty("error") String error,
                       @JsonProperty("error_description") String errorDescription) {
}
