package com.code2asin.exports.domain;

/** An export that cannot be produced; the message goes to the requester in {@code export.done}, so it says what to do. */
public class ExportFailedException extends RuntimeException {

    public ExportFailedException(String message) {
        super(message);
    }

    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
