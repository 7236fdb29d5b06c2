package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Jobs, always read through the tenant that owns them. */
@ApplicationScoped
public class JobRepository implements PanacheRepositoryBase<Job, UUID> {

    /** The tenant's job, or null: another tenant's job is as absent as a missing one. */
    public Uni<Job> findOwned(UUID id, String tenant) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResult();
    }

    public Uni<List<Job>> page(String tenant, JobStatus status, int offset, int limit) {
        var query = status == null
                ? find("tenant = ?1", Sort.descending("createdAt", "id"), tenant)
                : find("tenant = ?1 and status = ?2", Sort.descending("createdAt", "id"), tenant, status);
        return query.page(Page.of(0, limit)).range(offset, offset + limit - 1).list();
    }

    public Uni<Long> count(String tenant, JobStatus status) {
        return status == null ? count("tenant", tenant) : count("tenant = ?1 and status = ?2", tenant, status);
    }

    /** A review changed one of the job's results at {@code at}: a snapshot whose write began before is stale. */
    public Uni<Integer> resultsChanged(UUID jobId, Instant at) {
        return update("resultsChangedAt = ?1 where id = ?2", at, jobId);
    }

    /** A new snapshot whose write began at {@code began}, unless a later one was recorded meanwhile. */
    public Uni<Integer> snapshotWritten(UUID jobId, String key, Instant began) {
        return update("snapshotKey = ?1, snapshotAt = ?2 where id = ?3 and (snapshotAt is null or snapshotAt < ?2)",
                key, began, jobId);
    }

    /** Jobs whose scheduled refresh is due, oldest first. */
    public Uni<List<Job>> dueForRefresh(Instant now, int limit) {
        return find("nextRefreshAt <= ?1", Sort.ascending("nextRefreshAt"), now).page(Page.ofSize(limit)).list();
    }

    /** How many jobs each status has (statuses without one left out). */
    public Uni<java.util.Map<JobStatus, Long>> countByStatus() {
        return getSession().flatMap(s -> s.createSelectionQuery("select j.status, count(j) from Job j group by j.status",
                Object[].class).getResultList()).map(rows -> {
                    java.util.Map<JobStatus, Long> counts = new java.util.EnumMap<>(JobStatus.class);
                    rows.forEach(r -> counts.put((JobStatus) r[0], (Long) r[1]));
                    return counts;
                });
    }

    public Uni<List<Job>> inStatus(JobStatus status) {
        return list("status", Sort.ascending("createdAt"), status);
    }

    /**
     * True when this transaction now holds the job's dispatch lock, false when another job-api replica's
     * transaction does (it is dispatching the job): released at commit or rollback, never left behind.
     */
    public Uni<Boolean> tryLockForDispatch(UUID jobId) {
        return getSession().flatMap(s -> s.createNativeQuery(
                        "SELECT pg_try_advisory_xact_lock(hashtextextended(:job, 0))", Boolean.class)
                .setParameter("job", jobId.toString()).getSingleResult());
    }

    /** Waits until no replica is dispatching the job, then holds its dispatch lock until commit or rollback. */
    public Uni<Void> lockForDispatch(UUID jobId) {
        return getSession().flatMap(s -> s.createNativeQuery(
                        "SELECT true FROM pg_advisory_xact_lock(hashtextextended(:job, 0))", Boolean.class)
                .setParameter("job", jobId.toString()).getSingleResult()).replaceWithVoid();
    }

    /**
     * Takes the job row's strongest lock (FOR UPDATE, the one its DELETE needs) for the rest of the transaction and
     * answers the job as read again under it (a new instance); null when the row is gone meanwhile. Hibernate's
     * PESSIMISTIC_WRITE is FOR NO KEY UPDATE on PostgreSQL, which lets a writer's log line (a foreign key, KEY SHARE)
     * in between the lock and the DELETE: the two then waited on each other.
     */
    public Uni<Job> lockRow(Job job) {
        return getSession().chain(s -> s.createNativeQuery("SELECT id FROM job WHERE id = :id FOR UPDATE", UUID.class)
                .setParameter("id", job.id).getResultList()
                .chain(locked -> {
                    s.detach(job); // read before the lock; found again rather than refreshed (HHH90000034)
                    return locked.isEmpty() ? Uni.createFrom().<Job>nullItem() : s.find(Job.class, job.id);
                }));
    }

    /**
     * The processing jobs with codes waiting for a batch now (valid, not sent, no retry scheduled later). Each job's
     * first such item is searched in the partial index of waiting items, in file order: as an EXISTS, the planner
     * took it for a scan of job_item that stops at the first waiting row, and read the whole table at every round
     * once the rows still waiting were the last ones (110 to 270 ms on a 100,000-code job).
     */
    public Uni<Set<UUID>> processingWithWaitingItems() {
        return getSession().flatMap(s -> s.createNativeQuery("""
                        SELECT j.id FROM job j WHERE j.status = 'PROCESSING' AND EXISTS (
                            SELECT 1 FROM (SELECT 1 FROM job_item i WHERE i.job_id = j.id AND i.status = 'PENDING'
                                           AND i.batch_id IS NULL AND (i.retry_at IS NULL OR i.retry_at <= :now)
                                           ORDER BY i.seq LIMIT 1) first_waiting)""", UUID.class)
                .setParameter("now", Instant.now()).getResultList())
                .map(Set::copyOf);
    }
}
