package com.code2asin.simulator.creators;

import java.util.List;

/** A refused Creators API call: its status and error body. */
public class CreatorsException extends RuntimeException {

    public static final String SERVICE_CODE = "creatorsapi";

    private final int status;
    private final CreatorsError body;

    private CreatorsException(int status, CreatorsError body) {
        super(body.message());
        this.status = status;
        this.body = body;
    }

    public static CreatorsException invalid(String reason, String message, String... fields) {
        return new CreatorsException(400, new CreatorsError("ValidationException", message, reason,
                List.of(fields), null, null, null, null));
    }

    public static CreatorsException unauthorized(String reason, String message) {
        return new CreatorsException(401, new CreatorsError("UnauthorizedException", message, reason, null, null, null,
                null, null));
    }

    /** An account the API refuses whatever the token: e.g. AssociateNotEligible (no qualifying sales yet). */
    public static CreatorsException forbidden(String reason, String message) {
        return new CreatorsException(403, new CreatorsError("AccessDeniedException", message, reason, null, null, null,
                null, null));
    }

    public static CreatorsException notFound(String resourceId, String resourceType, String message) {
        return new CreatorsException(404, new CreatorsError("ResourceNotFoundException", message, null, null,
                resourceId, resourceType, null, null));
    }

    /** {@code quotaCode}: RequestsPerSecond or RequestsPerDay. */
    public static CreatorsException throttled(String quotaCode) {
        return new CreatorsException(429, new CreatorsError("ThrottlingException", "Rate exceeded", null, null, null,
                null, SERVICE_CODE, quotaCode));
    }

    public int status() {
        return status;
    }

    public CreatorsError body() {
        return body;
    }
}
