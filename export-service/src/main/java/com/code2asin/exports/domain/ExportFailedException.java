package com.code2asin.exports.domain;

/**
 * An export that cannot be produced; the message goes to the requester in {@code export.done}, so it says what to do.
 * A transient one (S3 unreachable, a write that broke off) is tried again before it is reported.
 */
public class ExportFailedException extends RuntimeException {

    private final boolean transientFailure;

    public ExportFailedException(String message) {
        this(message, null, false);
    }

    public ExportFailedException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private ExportFailedException(String message, Throwable cause, boolean transientFailure) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    /** A failure that may pass: the same export tried again later may succeed. */
    public static ExportFailedException passing(String message, Throwable cause) {
        return new ExportFailedException(message, cause, true);
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
