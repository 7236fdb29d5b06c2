package com.code2asin.lookup.domain;

import com.code2asin.model.event.ErrorCategory;
import java.time.Duration;

/** A provider call that failed, classified so the item says why and job-api knows whether to retry. */
public class ProviderException extends RuntimeException {

    private final ErrorCategory category;
    private final Duration retryAfter;

    public ProviderException(ErrorCategory category, String message, Throwable cause) {
        this(category, message, cause, null);
    }

    /** {@code retryAfter}: how long Amazon asked to wait (a 429's Retry-After), or null. */
    public ProviderException(ErrorCategory category, String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.category = category;
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public ErrorCategory category() {
        return category;
    }
}
