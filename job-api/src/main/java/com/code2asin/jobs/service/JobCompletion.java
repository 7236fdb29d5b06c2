package com.code2asin.jobs.service;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.JobTally;
import com.code2asin.jobs.domain.LogLevel;
import com.code2asin.jobs.repository.JobLogRepository;
import com.code2asin.jobs.repository.JobRepository;
import com.code2asin.jobs.repository.JobTallyRepository;
import com.code2asin.model.event.JobFigures;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finishes a job whose items are all final: writes its result snapshot to S3, then in one transaction sets the
 * final state and queues {@code job.completed} (or {@code job.failed} when every looked-up item failed) with the
 * figures and the snapshot key.
 * <p>
 * Completing is a step that can fail (S3 or PostgreSQL away) or never end (the process killed). A try is counted by
 * {@link #claim} before it starts and holds the job until the next delay of the retry schedule, so neither another
 * replica nor a restart starts it again meanwhile; when the schedule is spent the job ends {@code failed} with the
 * last reason instead of being replayed into the same failure forever. Tries run apart from the dispatcher's round,
 * a bounded number at a time, so a large job's snapshot holds up no other job.
 */
@ApplicationScoped
public class JobCompletion {

    private final JobRepository jobs;
    private final JobTallyRepository tallies;
    private final JobLogRepository logs;
    private final SnapshotWriter snapshots;
    private final JobService jobService;
    private final JobApiConfig config;
    private final Vertx vertx;
    private final Outbox outbox;
    private final Pool pool;
    private static final String RENEW_HOLD = "UPDATE job SET completion_next_at = $2 WHERE id = $1 AND status = 'PROCESSING'";

    /** Jobs this replica is completing now. */
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    JobCompletion(JobRepository jobs, JobTallyRepository tallies, JobLogRepository logs, SnapshotWriter snapshots,
                  JobService jobService, JobApiConfig config, Vertx vertx, Outbox outbox, Pool pool) {
        this.jobs = jobs;
        this.tallies = tallies;
        this.logs = logs;
        this.snapshots = snapshots;
        this.jobService = jobService;
        this.config = config;
        this.vertx = vertx;
        this.outbox = outbox;
        this.pool = pool;
    }

    /**
     * In the dispatcher's transaction, on a processing job whose items are all final: counts a new try and answers
     * how long it holds the job ({@link #start} it after the commit), or null when none may start now; fails the job
     * when its tries are spent.
     */
    Uni<Duration> claim(Job job, JobTally tally) {
        Instant now = Instant.now();
        if (running.contains(job.id) || job.completionNextAt != null && now.isBefore(job.completionNextAt)) {
            return Uni.createFrom().nullItem(); // a try is under way, here or on another replica, or waits its turn
        }
        List<Duration> schedule = config.completionRetrySchedule();
        if (job.completionAttempts >= schedule.size()) {
            String last = job.completionError != null ? job.completionError
                    : "the last try did not finish: the process stopped while it ran";
            return giveUp(job, tally, last).replaceWith((Duration) null);
        }
        if (running.size() >= config.completionConcurrency()) {
            return Uni.createFrom().nullItem(); // this replica completes enough jobs already: a later round
        }
        job.completionAttempts++;
        Duration hold = schedule.get(job.completionAttempts - 1);
        job.completionNextAt = now.plus(hold);
        return Uni.createFrom().item(hold);
    }

    /**
     * Runs a claimed try on a context of its own; the dispatcher goes on meanwhile. While it runs, its hold on the
     * job is renewed, so a long snapshot is not taken for a dead try by another replica; a replica that dies stops
     * renewing it, and the next try starts once it has run out.
     */
    void start(UUID jobId, Duration hold) {
        if (!running.add(jobId)) {
            return;
        }
        long renewal = vertx.setPeriodic(Math.max(1000, hold.toMillis() / 3), id -> renewHold(jobId, hold));
        BackgroundRound.runOnOwnContext(vertx, () -> complete(jobId)
                .onFailure().recoverWithUni(failure -> recordFailure(jobId, failure))
                .onFailure().invoke(failure -> Log.errorf(failure,
                        "job %s: the failed completion could not be recorded; it is tried again later", jobId))
                .onFailure().recoverWithNull(), () -> {
                    vertx.cancelTimer(renewal);
                    running.remove(jobId);
                });
    }

    private void renewHold(UUID jobId, Duration hold) {
        pool.preparedQuery(RENEW_HOLD).execute(Tuple.of(jobId, OffsetDateTime.now(ZoneOffset.UTC).plus(hold)))
                .subscribe().with(done -> { }, e -> Log.warnf("job %s: completion hold not renewed: %s", jobId,
                        e.getMessage()));
    }

    private Uni<Void> complete(UUID jobId) {
        Instant began = Instant.now(); // a review from here on may be missing from the snapshot: see Job#snapshotStale
        return Panache.withSession(() -> jobs.findById(jobId))
                .flatMap(snapshots::write)
                .flatMap(key -> Panache.withTransaction(() -> jobs.findById(jobId).flatMap(job -> {
                    if (job.status != JobStatus.PROCESSING) {
                        return Uni.createFrom().voidItem(); // paused or cancelled meanwhile
                    }
                    return tallies.of(jobId).flatMap(tally -> tally.pending + tally.imagesExpected > 0
                            ? Uni.createFrom().voidItem() : finish(job, tally, key, began));
                })))
                .invoke(outbox::relaySoon);
    }

    private Uni<Void> finish(Job job, JobTally tally, String snapshotKey, Instant snapshotBegan) {
        long lookedUp = tally.total - tally.invalid;
        boolean allFailed = lookedUp > 0 && lookedUp == tally.failed;
        job.status = allFailed ? JobStatus.FAILED : JobStatus.COMPLETED;
        job.refreshing = false;
        job.completedAt = Instant.now();
        job.updatedAt = job.completedAt;
        job.snapshotKey = snapshotKey;
        job.snapshotAt = snapshotBegan;
        String took = Duration.between(job.startedAt == null ? job.createdAt : job.startedAt, job.completedAt)
                .toSeconds() + " s";
        JobFigures figures = tally.figures();
        return logs.add(job.id, allFailed ? LogLevel.ERROR : LogLevel.INFO, "job " + job.status.value() + " in " + took + ": "
                        + figures.withAsin() + " of " + figures.total() + " codes with an ASIN")
                .call(() -> jobService.publish(job, job.status.value(), figures));
    }

    /** A try that failed: said on the job's timeline, and the job fails when it was the last one. */
    private Uni<Void> recordFailure(UUID jobId, Throwable failure) {
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Log.warnf("job %s: completion try failed: %s", jobId, reason);
        return Panache.withTransaction(() -> jobs.findById(jobId).flatMap(job -> {
            if (job == null || job.status != JobStatus.PROCESSING) {
                return Uni.createFrom().voidItem();
            }
            job.completionError = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
            List<Duration> schedule = config.completionRetrySchedule();
            int tries = schedule.size();
            job.completionNextAt = Instant.now().plus(schedule.get(Math.max(0, job.completionAttempts - 1)));
            if (job.completionAttempts >= tries) {
                return tallies.lock(jobId).chain(() -> tallies.of(jobId)).flatMap(tally -> giveUp(job, tally, reason));
            }
            return logs.add(jobId, LogLevel.WARNING, "completion try " + job.completionAttempts + " of " + tries
                    + " failed (" + reason + "); the next starts at "
                    + job.completionNextAt.truncatedTo(ChronoUnit.SECONDS));
        }));
    }

    /** The job fails: its results stay readable, and a retry starts its tries again. */
    private Uni<Void> giveUp(Job job, JobTally tally, String reason) {
        job.status = JobStatus.FAILED;
        job.completedAt = Instant.now();
        job.updatedAt = job.completedAt;
        return logs.add(job.id, LogLevel.ERROR, "job failed: it could not be completed in " + job.completionAttempts
                        + " tries (last: " + reason + "); retry the job to try again")
                .call(() -> jobService.publish(job, JobStatus.FAILED.value(), tally.figures()));
    }
}
