package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobAction;
import com.code2asin.jobs.domain.JobLog;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.JobTally;
import com.code2asin.jobs.domain.LogLevel;
import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.repository.BatchRepository;
import com.code2asin.jobs.repository.ExportFileRepository;
import com.code2asin.jobs.repository.JobTallyRepository;
import com.code2asin.jobs.repository.JobLogRepository;
import com.code2asin.jobs.repository.JobRepository;
import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import com.code2asin.model.event.JobEvent;
import com.code2asin.model.event.JobFigures;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/** Moves jobs through their life cycle; every change is logged and published. */
@ApplicationScoped
public class JobService {

    private final JobRepository jobs;
    private final JobTallyRepository tallies;
    private final JobLogRepository logs;
    private final ExportFileRepository exports;
    private final Outbox outbox;
    private final BatchRepository batches;

    /** Log lines shown on the detail page; the whole log is paged at /jobs/{id}/logs. */
    static final int TIMELINE = 100;

    JobService(JobRepository jobs, JobTallyRepository tallies, JobLogRepository logs, ExportFileRepository exports,
               Outbox outbox, BatchRepository batches) {
        this.batches = batches;
        this.jobs = jobs;
        this.tallies = tallies;
        this.logs = logs;
        this.exports = exports;
        this.outbox = outbox;
    }

    /** Applies a user's or an operator's action, or fails with 404 (not this tenant's) or 409 (wrong state). */
    @WithTransaction
    public Uni<Job> act(UUID jobId, String tenant, JobAction action, String actor) {
        return jobs.findOwned(jobId, tenant).flatMap(job -> {
            if (job == null) {
                throw NotFoundException.job(jobId);
            }
            job.status = action.apply(job.status);
            job.updatedAt = Instant.now();
            if (action == JobAction.START) {
                job.startedAt = job.updatedAt;
            }
            return logs.add(job.id, LogLevel.INFO, "job " + action.fact() + " by " + actor)
                    .call(() -> publish(job, action.fact(), null))
                    .replaceWith(job);
        });
    }

    /**
     * The job back to processing for another round of lookups (a retry, a refresh): its completion starts over, the
     * batches still out are closed (a late answer of theirs is ignored), the items {@code requeue} puts back wait for
     * the dispatcher; said on the timeline ({@code logLine} of how many) and published. Answers how many.
     */
    Uni<Integer> reopen(Job job, JobAction action, Supplier<Uni<Integer>> requeue, IntFunction<String> logLine) {
        job.status = action.apply(job.status);
        job.completedAt = null;
        job.completionAttempts = 0; // a job that failed to complete gets its tries again
        job.completionNextAt = null;
        job.completionError = null;
        job.updatedAt = Instant.now();
        return tallies.lock(job.id)
                .chain(() -> batches.closeOpen(job.id))
                .chain(() -> requeue.get())
                .call(requeued -> logs.add(job.id, LogLevel.INFO, logLine.apply(requeued)))
                .call(() -> publish(job, action.fact(), null));
    }

    /** A job with its figures, as the list of jobs shows it. */
    public record TalliedJob(Job job, JobTally tally) {
    }

    /** A page of the tenant's jobs, newest first, in one status or all (null). */
    @WithSession
    public Uni<Listed<TalliedJob>> page(String tenant, JobStatus status, int offset, int limit) {
        return jobs.page(tenant, status, offset, limit).flatMap(list -> tallies.of(list.stream().map(j -> j.id)
                .toList()).flatMap(counts -> jobs.count(tenant, status).map(total -> new Listed<>(list.stream()
                        .map(j -> new TalliedJob(j, counts.getOrDefault(j.id, JobTally.empty(j.id)))).toList(),
                        total))));
    }

    /** A page of the job's log, oldest first, at one level or all (null). */
    @WithSession
    public Uni<Listed<JobLog>> logPage(UUID jobId, String tenant, LogLevel level, int offset, int limit) {
        return get(jobId, tenant).chain(job -> logs.page(jobId, level, offset, limit))
                .flatMap(lines -> logs.count(jobId, level).map(total -> new Listed<>(lines, total)));
    }

    public Uni<Job> get(UUID jobId, String tenant) {
        return jobs.findOwned(jobId, tenant).map(job -> {
            if (job == null) {
                throw NotFoundException.job(jobId);
            }
            return job;
        });
    }

    /** The job with its figures, progress, latest log lines and exports; one statement after the other on one session. */
    @WithSession
    public Uni<JobOverview> overview(UUID jobId, String tenant) {
        return get(jobId, tenant).flatMap(job -> tallies.of(jobId)
                .flatMap(tally -> logs.latest(jobId, TIMELINE)
                        .flatMap(timeline -> exports.forJob(jobId)
                                .map(files -> new JobOverview(job, tally, timeline, files)))));
    }

    /** Publishes {@code job.<fact>} through the outbox, in the caller's transaction. */
    Uni<Void> publish(Job job, String fact, JobFigures figures) {
        return outbox.add(Topics.JOBS, EventTypes.job(fact), job, event(job, figures));
    }

    static JobEvent event(Job job, JobFigures figures) {
        return new JobEvent(job.id, job.tenant, job.name, job.status.value(), figures, job.snapshotKey, Instant.now(),
                job.marketplaces(), job.marketplaceMode);
    }
}
