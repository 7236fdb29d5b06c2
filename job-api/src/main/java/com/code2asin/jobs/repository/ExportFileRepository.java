package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.ExportFile;
import com.code2asin.jobs.domain.ExportStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ExportFileRepository implements PanacheRepositoryBase<ExportFile, UUID> {

    public Uni<List<ExportFile>> forJob(UUID jobId) {
        return list("jobId", Sort.descending("createdAt"), jobId);
    }

    /** Fails the exports still requested since before {@code before}, with {@code reason}; answers how many. */
    public Uni<Integer> failRequestedBefore(java.time.Instant before, String reason) {
        return update("status = ?1, error = ?2, updatedAt = ?3 where status = ?4 and createdAt < ?5",
                ExportStatus.FAILED, reason, java.time.Instant.now(), ExportStatus.REQUESTED, before);
    }

    /**
     * Takes the lock on the job's export requests until the transaction ends (on any replica): the same export
     * asked for several times at once is then made once.
     */
    public Uni<Void> lockRequests(UUID jobId) {
        return getSession().flatMap(s -> s.createNativeQuery(
                        "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))) AS locked",
                        Long.class)
                .setParameter("key", "exports of " + jobId).getSingleResult()).replaceWithVoid();
    }
}
