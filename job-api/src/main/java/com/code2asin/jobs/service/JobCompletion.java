package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.JobTally;
import com.code2asin.jobs.repository.JobTallyRepository;
import com.code2asin.jobs.repository.JobLogRepository;
import com.code2asin.jobs.repository.JobRepository;
import com.code2asin.model.event.JobFigures;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Finishes a job whose items are all final: writes its result snapshot to S3, then in one transaction sets the
 * final state and queues {@code job.completed} (or {@code job.failed} when every looked-up item failed) with the
 * figures and the snapshot key. If the process dies in between, the next dispatch tick does it again.
 */
@ApplicationScoped
public class JobCompletion {

    private final JobRepository jobs;
    private final JobTallyRepository tallies;
    private final JobLogRepository logs;
    private final SnapshotWriter snapshots;
    private final JobService jobService;

    JobCompletion(JobRepository jobs, JobTallyRepository tallies, JobLogRepository logs, SnapshotWriter snapshots,
                  JobService jobService) {
        this.jobs = jobs;
        this.tallies = tallies;
        this.logs = logs;
        this.snapshots = snapshots;
        this.jobService = jobService;
    }

    public Uni<Void> complete(UUID jobId) {
        return Panache.withSession(() -> jobs.findById(jobId))
                .flatMap(snapshots::write)
                .flatMap(key -> Panache.withTransaction(() -> jobs.findById(jobId).flatMap(job -> {
                    if (job.status != JobStatus.PROCESSING) {
                        return Uni.createFrom().voidItem(); // paused or cancelled meanwhile
                    }
                    return tallies.of(jobId).flatMap(tally -> tally.pending + tally.imagesExpected > 0
                            ? Uni.createFrom().voidItem() : finish(job, tally, key));
                })));
    }

    private Uni<Void> finish(Job job, JobTally tally, String snapshotKey) {
        long lookedUp = tally.total - tally.invalid;
        boolean allFailed = lookedUp > 0 && lookedUp == tally.failed;
        job.status = allFailed ? JobStatus.FAILED : JobStatus.COMPLETED;
        job.completedAt = Instant.now();
        job.updatedAt = job.completedAt;
        job.snapshotKey = snapshotKey;
        String took = Duration.between(job.startedAt == null ? job.createdAt : job.startedAt, job.completedAt)
                .toSeconds() + " s";
        JobFigures figures = tally.figures();
        return logs.add(job.id, allFailed ? "error" : "info", "job " + job.status.value() + " in " + took + ": "
                        + figures.withAsin() + " of " + figures.total() + " codes with an ASIN")
                .call(() -> jobService.publish(job, job.status.value(), figures));
    }
}
