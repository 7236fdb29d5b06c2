package com.code2asin.simulator.spapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** The SP-API error body: {@code {"errors":[{"code","message","details"?}]}}. */
@RegisterForReflection
public record ErrorList(List<Error> errors) {

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String code, String message, String details) {
    }
}
