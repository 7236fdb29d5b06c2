package com.code2asin.jobs.service;

import com.code2asin.jobs.client.ObjectStore;
import com.code2asin.jobs.domain.ConflictException;
import com.code2asin.jobs.domain.ExportFile;
import com.code2asin.jobs.domain.ExportStatus;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.LogLevel;
import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.repository.ExportFileRepository;
import com.code2asin.jobs.repository.JobLogRepository;
import com.code2asin.jobs.repository.JobRepository;
import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import com.code2asin.model.event.ExportFormat;
import com.code2asin.model.event.ExportRequested;
import com.code2asin.jobs.config.JobApiConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Exports asked for through the API: recorded as {@code requested} and announced to export-service through the
 * outbox, in one transaction. The same format and rows asked again, at once or later, is the same export while it is
 * done or pending (for at most ten minutes), and made from the job's latest results (a retried job completes again).
 */
@ApplicationScoped
public class ExportOrders {

    /** How the error of an export export-service did not answer in time begins; a late answer still completes it. */
    public static final String NO_ANSWER = "export-service did not answer within ";
    /** How often an export awaited by a request is looked at again. */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(250);

    private final JobRepository jobs;
    private final ExportFileRepository exports;
    private final JobLogRepository logs;
    private final Outbox outbox;
    private final Vertx vertx;
    /** A requested export without answer after this long is taken as lost: failed, and asked for again if wanted. */
    private final Duration exportTimeout;

    private final SnapshotWriter snapshots;
    private final ObjectStore store;

    ExportOrders(JobRepository jobs, ExportFileRepository exports, JobLogRepository logs, Outbox outbox, Vertx vertx,
                 JobApiConfig config, SnapshotWriter snapshots, ObjectStore store) {
        this.snapshots = snapshots;
        this.store = store;
        this.vertx = vertx;
        this.exportTimeout = config.exportTimeout();
        this.jobs = jobs;
        this.exports = exports;
        this.logs = logs;
        this.outbox = outbox;
    }

    /** A done export's file, in chunks read from S3 as the caller takes them. */
    public Multi<byte[]> content(ExportFile export) {
        return store.read(export.objectKey);
    }

    /**
     * The export of the job's results as they are now: when a review changed them after its snapshot was written,
     * a new snapshot is written first (streamed from the database, outside any transaction), so no export made
     * after a review shows what was there before it.
     */
    public Uni<ExportFile> request(UUID jobId, String tenant, String user, ExportFormat format,
                                   boolean includeUnmatched, String sellerId) {
        return freshSnapshot(jobId, tenant, 3).chain(() -> Panache.withTransaction(
                () -> order(jobId, tenant, user, format, includeUnmatched, sellerId)));
    }

    /** Writes the job's snapshot again while a review made it stale; a review during the write makes it so again. */
    private Uni<Void> freshSnapshot(UUID jobId, String tenant, int tries) {
        return Panache.withSession(() -> jobs.findOwned(jobId, tenant)).chain(job -> {
            if (job == null || !job.snapshotStale() || tries == 0) {
                return Uni.createFrom().voidItem();
            }
            Instant began = Instant.now();
            return snapshots.write(job)
                    .chain(key -> Panache.withTransaction(() -> jobs.snapshotWritten(jobId, key, began)))
                    .invoke(() -> Log.infof("job %s: snapshot written again after a review", jobId))
                    .chain(() -> freshSnapshot(jobId, tenant, tries - 1));
        });
    }

    private Uni<ExportFile> order(UUID jobId, String tenant, String user, ExportFormat format,
                                  boolean includeUnmatched, String sellerId) {
        return jobs.findOwned(jobId, tenant).call(job -> job == null ? Uni.createFrom().voidItem()
                : exports.lockRequests(jobId)).flatMap(job -> {
            if (job == null) {
                throw NotFoundException.job(jobId);
            }
            if (job.snapshotKey == null || job.completedAt == null
                    || job.status != JobStatus.COMPLETED && job.status != JobStatus.FAILED) {
                throw new ConflictException("job " + jobId + " is " + job.status.value()
                        + ": its results can be exported once it is completed");
            }
            Instant staleBefore = Instant.now().minus(exportTimeout);
            return exports.forJob(jobId).flatMap(existing -> existing.stream()
                    .filter(e -> e.format == format && e.includeUnmatched == includeUnmatched
                            && java.util.Objects.equals(e.sellerId, sellerId))
                    // the same file, if made from the latest results (after completion and every review)
                    .filter(e -> !e.createdAt.isBefore(job.resultsAsOf()))
                    .filter(e -> e.status == ExportStatus.DONE
                            || e.status == ExportStatus.REQUESTED && e.createdAt.isAfter(staleBefore))
                    .findFirst().map(same -> Uni.createFrom().item(same))
                    .orElseGet(() -> create(job, user, format, includeUnmatched, sellerId)));
        });
    }

    /**
     * The job's default export (the XLSX of every item export-service writes at completion), or, when a review
     * changed the results since it was made, a new one asked for in its place (requested until written).
     */
    public Uni<ExportFile> latestDefault(UUID jobId, String tenant) {
        return Panache.withSession(() -> jobs.findOwned(jobId, tenant).flatMap(job -> {
            if (job == null) {
                throw NotFoundException.job(jobId);
            }
            return exports.forJob(jobId).map(files -> {
                ExportFile newest = files.stream().filter(f -> f.status == ExportStatus.DONE && ExportFile.isDefault(f))
                        .findFirst().orElse(null);
                boolean reviewedSince = job.resultsChangedAt != null
                        && (newest == null || newest.createdAt.isBefore(job.resultsAsOf()));
                if (reviewedSince && job.completedAt != null) {
                    return null; // made again from the reviewed results
                }
                if (newest == null) {
                    throw new NotFoundException("job " + jobId + " has no finished export yet");
                }
                return newest; // as written; a job running again (retried) gets a new one when it completes
            });
        })).chain(current -> current != null ? Uni.createFrom().item(current)
                : request(jobId, tenant, null, ExportFormat.XLSX, true, null));
    }

    /** Exports left unanswered past export-timeout (export-service down, an event lost) end failed, saying so. */
    @Scheduled(every = "${job-api.export-sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> failUnanswered() {
        String reason = NO_ANSWER + exportTimeout.toMinutes() + " min; ask for the export again";
        return Panache.withTransaction(() -> exports.failRequestedBefore(Instant.now().minus(exportTimeout), reason))
                .invoke(failed -> {
                    if (failed > 0) {
                        Log.warnf("%d export(s) without an answer from export-service failed: %s", failed, reason);
                    }
                })
                .onFailure().invoke(e -> Log.warnf("export sweep failed, the next one tries again: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** The export of this tenant's job, or 404. */
    @WithSession
    public Uni<ExportFile> find(UUID jobId, UUID exportId, String tenant) {
        return jobs.findOwned(jobId, tenant).flatMap(job -> job == null ? Uni.createFrom().nullItem()
                : exports.findById(exportId)).map(export -> {
                    if (export == null || !export.jobId.equals(jobId)) {
                        throw new NotFoundException("export " + exportId + " of job " + jobId + " not found");
                    }
                    return export;
                });
    }

    /** The export of this tenant's job once written, or 404 while it is not (or not this tenant's). */
    public Uni<ExportFile> finished(UUID jobId, UUID exportId, String tenant) {
        return find(jobId, exportId, tenant).onFailure(NotFoundException.class).recoverWithNull().map(export -> {
            if (export == null || export.status != ExportStatus.DONE) {
                throw new NotFoundException("export " + exportId + " of job " + jobId + " is not finished (or not "
                        + "found): see GET /api/v1/code2asin/jobs/" + jobId + "/exports/" + exportId);
            }
            return export;
        });
    }

    /**
     * The export once export-service has answered (done or failed), or as it stands when {@code patience} has
     * passed. It is looked at again a few times a second on a Vert.x timer, so no thread waits meanwhile.
     */
    public Uni<ExportFile> answered(ExportFile export, String tenant, Duration patience) {
        return answered(export, tenant, Instant.now().plus(patience));
    }

    private Uni<ExportFile> answered(ExportFile export, String tenant, Instant deadline) {
        if (export.status != ExportStatus.REQUESTED || Instant.now().plus(LOOK_AGAIN).isAfter(deadline)) {
            return Uni.createFrom().item(export);
        }
        return Uni.createFrom().<Long>emitter(timer -> vertx.setTimer(LOOK_AGAIN.toMillis(), timer::complete))
                .chain(() -> find(export.jobId, export.id, tenant))
                .chain(again -> answered(again, tenant, deadline));
    }

    private Uni<ExportFile> create(Job job, String user, ExportFormat format, boolean includeUnmatched,
                                   String sellerId) {
        ExportFile export = new ExportFile();
        export.id = UUID.randomUUID();
        export.jobId = job.id;
        export.tenant = job.tenant;
        export.format = format;
        export.sellerId = sellerId;
        export.status = ExportStatus.REQUESTED;
        export.includeUnmatched = includeUnmatched;
        export.requestedBy = user;
        export.createdAt = Instant.now();
        export.updatedAt = export.createdAt;
        ExportRequested event = new ExportRequested(export.id, job.id, job.tenant, format, includeUnmatched,
                job.snapshotKey, sellerId, job.eachMarketplace() ? job.marketplaces() : null);
        return exports.persist(export)
                .call(() -> outbox.add(Topics.EXPORT_REQUESTED, EventTypes.EXPORT_REQUESTED, job, event))
                .call(() -> logs.add(job.id, LogLevel.INFO, "export " + format.value()
                        + (includeUnmatched ? "" : " (matched only)") + " requested by "
                        + (user == null ? "job-api (the default export, made again after a review)" : user)));
    }
}
