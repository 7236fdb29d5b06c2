package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.service.JobRefresh;
import java.util.UUID;

/** What a refresh did: the job back to processing, and how many codes it looks up again. */
public record RefreshAnswer(String message, UUID jobId, String status, int requeued) {

    public static RefreshAnswer of(JobRefresh.Outcome outcome) {
        return new RefreshAnswer("job refreshing: " + outcome.requeued() + " codes to look up again for today's prices",
                outcome.job().id, outcome.job().status.value(), outcome.requeued());
    }
}
