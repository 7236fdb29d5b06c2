package com.code2asin.simulator.spapi;

import jakarta.ws.rs.core.Response.Status;

/** A refused SP-API call: status, the error entry of the body and the optional x-amzn-ErrorType header. */
public class SpApiException extends RuntimeException {

    private final Status status;
    private final String code;
    private final String details;
    private final String errorType;

    private SpApiException(Status status, String code, String message, String details, String errorType) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
        this.errorType = errorType;
    }

    public static SpApiException invalidInput(String message) {
        return new SpApiException(Status.BAD_REQUEST, "InvalidInput", message, null, null);
    }

    public static SpApiException notFound(String message) {
        return new SpApiException(Status.NOT_FOUND, "NotFound", message, null, null);
    }

    public static SpApiException accessDenied(String details) {
        return new SpApiException(Status.FORBIDDEN, "Unauthorized", "Access to requested resource is denied.",
                details, "AccessDeniedException");
    }

    public static SpApiException quotaExceeded() {
        return new SpApiException(Status.TOO_MANY_REQUESTS, "QuotaExceeded",
                "You exceeded your quota for the requested resource.", "", "TooManyRequestsException");
    }

    public Status status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String details() {
        return details;
    }

    public String errorType() {
        return errorType;
    }
}
