package com.code2asin.jobs.domain;

import java.util.UUID;

/** Answered as application/problem+json by the REST layer; the message is for the person who called. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    /** No such job for the caller: another tenant's job is not found either. */
    public static NotFoundException job(UUID jobId) {
        return new NotFoundException("job " + jobId + " not found");
    }

    /** No such result (item) in the job. */
    public static NotFoundException result(UUID jobId, UUID itemId) {
        return new NotFoundException("result " + itemId + " not found in job " + jobId);
    }
}
