package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobAction;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.LogLevel;
import com.code2asin.jobs.repository.JobItemRepository;
import com.code2asin.jobs.repository.JobLogRepository;
import com.code2asin.jobs.repository.JobRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A completed job's codes looked up again, for today's prices (lookup-worker answers their identity from its cache):
 * by hand, or every {@code refresh_every} on the job's schedule (weekly unless told otherwise). The job goes back to
 * processing with its looked-up items, no images are asked again, and it completes as before; an ASIN a person
 * accepted stays, with today's price, and an item a person rejected is not asked again.
 */
@ApplicationScoped
public class JobRefresh {

    /** A schedule more often than this would spend the pricing quota on prices that barely moved. */
    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration WEEKLY = Duration.ofDays(7);
    private static final int DUE_PER_ROUND = 20;

    /** What a refresh did. */
    public record Outcome(Job job, int requeued) {
    }

    private final JobRepository jobs;
    private final JobItemRepository items;
    private final JobLogRepository logs;
    private final JobService jobService;

    JobRefresh(JobRepository jobs, JobItemRepository items, JobLogRepository logs, JobService jobService) {
        this.jobs = jobs;
        this.items = items;
        this.logs = logs;
        this.jobService = jobService;
    }

    @WithTransaction
    public Uni<Outcome> refresh(UUID jobId, String tenant, String actor) {
        return jobService.get(jobId, tenant).flatMap(job -> start(job, "by " + actor));
    }

    /** Refreshes the job every {@code every} from now on, the first time {@code every} from now. */
    @WithTransaction
    public Uni<Job> schedule(UUID jobId, String tenant, Duration every, String actor) {
        if (every.compareTo(SHORTEST) < 0) {
            throw new InvalidException("a refresh schedule is at least every " + SHORTEST.toHours() + " hour (got "
                    + every + "); the default is weekly (P7D)");
        }
        return jobService.get(jobId, tenant).call(job -> {
            job.refreshEverySeconds = every.toSeconds();
            job.nextRefreshAt = Instant.now().plus(every);
            job.updatedAt = Instant.now();
            return logs.add(job.id, LogLevel.INFO, "refresh scheduled by " + actor + " every " + human(every)
                    + ", next at " + job.nextRefreshAt);
        });
    }

    @WithTransaction
    public Uni<Job> unschedule(UUID jobId, String tenant, String actor) {
        return jobService.get(jobId, tenant).call(job -> {
            job.refreshEverySeconds = null;
            job.nextRefreshAt = null;
            job.updatedAt = Instant.now();
            return logs.add(job.id, LogLevel.INFO, "refresh schedule removed by " + actor);
        });
    }

    /**
     * Starts the refreshes that are due. Each job is claimed by moving its next date on in the same transaction (its
     * version guards it), so two job-api replicas never refresh it twice; a job not completed when due (still
     * processing, paused, failed) waits for its next date.
     */
    @Scheduled(every = "${job-api.refresh-check-every}", delayed = "${job-api.refresh-check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshDue() {
        return Panache.withTransaction(() -> jobs.dueForRefresh(Instant.now(), DUE_PER_ROUND).call(due -> {
            Uni<Void> started = Uni.createFrom().voidItem();
            for (Job job : due) {
                job.nextRefreshAt = Instant.now().plusSeconds(job.refreshEverySeconds);
                if (job.status == JobStatus.COMPLETED) {
                    started = started.call(() -> start(job, "on its schedule"));
                }
            }
            return started;
        })).onFailure().invoke(e -> Log.warnf("scheduled refreshes not started, next minute retries: %s",
                e.getMessage())).onFailure().recoverWithNull().replaceWithVoid();
    }

    private Uni<Outcome> start(Job job, String why) {
        job.refreshing = true;
        return jobService.reopen(job, JobAction.REFRESH, () -> items.requeueForRefresh(job.id),
                        requeued -> "refresh " + why + ": " + requeued + " codes to look up again for today's prices")
                .map(requeued -> new Outcome(job, requeued));
    }

    private static String human(Duration every) {
        return every.toDaysPart() > 0 && every.toHoursPart() == 0 ? every.toDays() + " day(s)" : every.toHours()
                + " hour(s)";
    }
}
