package com.code2asin.jobs.domain;

import java.util.Locale;

/** Job states (docs/design.md, "Job states"). */
public enum JobStatus {
    PENDING, PROCESSING, PAUSED, COMPLETED, FAILED, CANCELLED;

    /** A job that is over: nothing it was sent may change it any more (a retry starts it again). */
    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    /** The lowercase name the API and events use. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobStatus parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidException("unknown job status '" + value
                    + "'; use pending, processing, paused, completed, failed or cancelled");
        }
    }
}
