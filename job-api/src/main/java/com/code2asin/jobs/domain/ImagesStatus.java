package com.code2asin.jobs.domain;

/**
 * Whether an item waits for image-fetcher: a job completes only when none is {@code EXPECTED}. One that waited past
 * {@code job-api.images-timeout} is {@code TIMED_OUT}: the job completes without its images (a retry of a job that
 * ended failed or cancelled looks such items up again, which asks for their images again).
 */
public enum ImagesStatus {
    NONE, EXPECTED, STORED, TIMED_OUT
}
