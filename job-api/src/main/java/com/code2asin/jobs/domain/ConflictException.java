package com.code2asin.jobs.domain;

/** Answered as application/problem+json by the REST layer; the message is for the person who called. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
