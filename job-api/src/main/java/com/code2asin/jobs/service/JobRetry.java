package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.ConflictException;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobAction;
import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.repository.JobItemRepository;
import com.code2asin.jobs.repository.JobRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Retry of a failed or cancelled job (docs/design.md, "Job states"): it goes back to processing with the items worth asking
 * again (never answered, or failed for a reason that may pass); {@code retry_count} counts retries up to
 * {@code max_retries}, and {@code reset_retry_counter} starts the count again.
 */
@ApplicationScoped
public class JobRetry {

    /** What a retry did, with its compatibility fields. */
    public record Outcome(Job job, int requeued) {
    }

    private final JobRepository jobs;
    private final JobItemRepository items;
    private final JobService jobService;

    JobRetry(JobRepository jobs, JobItemRepository items, JobService jobService) {
        this.jobs = jobs;
        this.items = items;
        this.jobService = jobService;
    }

    @WithTransaction
    public Uni<Outcome> retry(UUID jobId, String tenant, String actor, boolean resetCounter) {
        return jobs.findOwned(jobId, tenant).flatMap(job -> {
            if (job == null) {
                throw NotFoundException.job(jobId);
            }
            if (!resetCounter && job.retryCount >= job.maxRetries) {
                throw new ConflictException("job " + jobId + " was retried " + job.retryCount + " times, the most "
                        + "allowed; retry with reset_retry_counter=true to start counting again");
            }
            job.retryCount = resetCounter ? 0 : job.retryCount + 1;
            return jobService.reopen(job, JobAction.RETRY, () -> items.requeueForRetry(job.id, job.eachMarketplace()),
                            requeued -> "job retried by " + actor + (resetCounter ? " (retry counter reset)"
                                    : " (retry " + job.retryCount + " of " + job.maxRetries + ")") + ": " + requeued
                                    + " codes to look up again")
                    .map(requeued -> new Outcome(job, requeued));
        });
    }
}
