package com.code2asin.jobs.domain;

/** Answered as application/problem+json by the REST layer; the message is for the person who called. */
public class InvalidException extends RuntimeException {

    public InvalidException(String message) {
        super(message);
    }
}
