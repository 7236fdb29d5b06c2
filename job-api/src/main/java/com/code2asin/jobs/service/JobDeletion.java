package com.code2asin.jobs.service;

import com.code2asin.jobs.client.ObjectStore;
import com.code2asin.jobs.domain.ConflictException;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.repository.ExportFileRepository;
import com.code2asin.jobs.repository.JobRepository;
import com.code2asin.jobs.repository.JobTallyRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Deletes a job that is not processing, with its items, batches, logs and exports (the schema cascades), announces
 * {@code job.deleted} in the same transaction, then removes its export files and snapshot from S3.
 */
@ApplicationScoped
public class JobDeletion {

    private final JobRepository jobs;
    private final ExportFileRepository exports;
    private final JobService jobService;
    private final ObjectStore store;
    private final JobTallyRepository tallies;

    JobDeletion(JobRepository jobs, ExportFileRepository exports, JobService jobService, ObjectStore store,
                JobTallyRepository tallies) {
        this.jobs = jobs;
        this.tallies = tallies;
        this.exports = exports;
        this.jobService = jobService;
        this.store = store;
    }

    public Uni<Void> delete(UUID jobId, String tenant, String actor) {
        return deleteRows(jobId, tenant, actor).call(keys -> store.remove(keys).onFailure().recoverWithItem(e -> {
            Log.warnf("job %s deleted, but %d files stay in S3: %s", jobId, keys.size(), e.getMessage());
            return null;
        })).replaceWithVoid();
    }

    /**
     * Deletes in one transaction; answers the S3 keys the job leaves behind. The locks are taken before the delete, in
     * the order of the job's other writers: its dispatch (a round of it ends first), its tally (held by whoever writes
     * its items), then its row with FOR UPDATE. Deleting the row first and meeting the tally in its cascade deadlocked
     * with a batch.done or a dispatch round holding the tally and writing a log line of the job.
     */
    private Uni<List<String>> deleteRows(UUID jobId, String tenant, String actor) {
        return Panache.withTransaction(() -> jobService.get(jobId, tenant)
                .invoke(JobDeletion::refuseProcessing) // at once, without waiting for the locks
                .call(() -> jobs.lockForDispatch(jobId))
                .call(() -> tallies.lock(jobId))
                .flatMap(jobs::lockRow)
                .flatMap(job -> {
                    if (job == null) { // deleted by another request while this one waited
                        throw NotFoundException.job(jobId);
                    }
                    return deleteLocked(job, actor);
                }));
    }

    private static void refuseProcessing(Job job) {
        if (job.status == JobStatus.PROCESSING) {
            throw new ConflictException("cannot delete a job that is processing; pause or cancel it first");
        }
    }

    private Uni<List<String>> deleteLocked(Job job, String actor) {
        refuseProcessing(job); // started meanwhile
        Log.infof("job %s deleted by %s", job.id, actor);
        return exports.forJob(job.id).flatMap(files -> {
            List<String> keys = new ArrayList<>(files.stream().map(f -> f.objectKey).filter(Objects::nonNull).toList());
            if (job.snapshotKey != null) {
                keys.add(job.snapshotKey);
            }
            return jobService.publish(job, "deleted", null)
                    .chain(() -> jobs.delete("id", job.id))
                    .replaceWith(keys);
        });
    }
}
