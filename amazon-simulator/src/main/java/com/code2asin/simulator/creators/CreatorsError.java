package com.code2asin.simulator.creators;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * A Creators API error body. Fields by status: 400 type, message, reason, fieldList; 401/403 type, message,
 * reason; 404 type, message, resourceId, resourceType; 429 type, message, serviceCode, quotaCode; 500 type, message.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreatorsError(String type, String message, String reason, List<String> fieldList, String resourceId,
                            String resourceType, String serviceCode, String quotaCode) {
}
