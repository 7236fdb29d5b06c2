package com.code2asin.jobs.domain;

/** Answered as application/problem+json by the REST layer; the message is for the person who called. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
