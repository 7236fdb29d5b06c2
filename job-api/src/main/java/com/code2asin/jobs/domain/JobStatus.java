package com.code2asin.jobs.domain;

import com.code2asin.model.WireNames;
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

    /** A status named in a request; an unknown one is a 400 that lists the statuses. */
    public static JobStatus parse(String value) {
        return WireNames.find(JobStatus.class, value).orElseThrow(() -> new InvalidException("unknown job status '"
                + value + "'; use pending, processing, paused, completed, failed or cancelled"));
    }
}
