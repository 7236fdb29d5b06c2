package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.Batch;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class BatchRepository implements PanacheRepositoryBase<Batch, UUID> {

    /** Batches in flight per job, for every job that has some. */
    public Uni<Map<UUID, Long>> openByJob() {
        return getSession().flatMap(s -> s.createSelectionQuery(
                        "select b.jobId, count(*) from Batch b where b.doneAt is null group by b.jobId", Object[].class)
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> ((Number) r[1]).longValue())));
    }

    /** Stops waiting for the job's batches in flight: a retry sends its items again in new batches. */
    public Uni<Integer> closeOpen(UUID jobId) {
        return update("doneAt = ?1 where jobId = ?2 and doneAt is null", Instant.now(), jobId);
    }

    /** The batches' requests reached Kafka now: their answer is awaited from now on, not from when they were cut. */
    public Uni<Integer> sentNow(List<UUID> batchIds) {
        return batchIds.isEmpty() ? Uni.createFrom().item(0)
                : update("sentAt = ?1 where id in ?2 and doneAt is null", Instant.now(), batchIds);
    }

    /**
     * Closes the batch unless an answer or a give-up closed it first: true for the caller that closed it. Callers hold
     * the job's tally lock, so the second of two waits for the first to commit and then sees it closed.
     */
    public Uni<Boolean> close(UUID batchId) {
        return update("doneAt = ?1 where id = ?2 and doneAt is null", Instant.now(), batchId).map(closed -> closed == 1);
    }

    public Uni<List<Batch>> overdue(UUID jobId, Instant sentBefore) {
        return list("jobId = ?1 and doneAt is null and sentAt < ?2", jobId, sentBefore);
    }
}
