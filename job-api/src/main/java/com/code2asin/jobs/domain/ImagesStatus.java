package com.code2asin.jobs.domain;

/** Whether an item waits for image-fetcher: a job completes only when none is {@code EXPECTED}. */
public enum ImagesStatus {
    NONE, EXPECTED, STORED
}
