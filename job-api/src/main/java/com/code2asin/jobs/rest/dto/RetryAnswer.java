package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.service.JobRetry;
import java.util.UUID;

/** The answer to a retry, with the compatibility fields ({@code message}, {@code job_id}, {@code retry_count}...). */
public record RetryAnswer(String message, UUID jobId, String status, int retryCount, int maxRetries, int requeued) {

    public static RetryAnswer of(JobRetry.Outcome outcome) {
        String message = "job queued for retry: " + outcome.requeued() + " codes to look up again"
                + (outcome.job().retryCount == 0 ? " (retry counter reset)" : "");
        return new RetryAnswer(message, outcome.job().id, outcome.job().status.value(), outcome.job().retryCount,
                outcome.job().maxRetries, outcome.requeued());
    }
}
