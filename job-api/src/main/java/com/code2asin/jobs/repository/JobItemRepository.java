package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.ImagesStatus;
import com.code2asin.jobs.domain.JobItem;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JobItemRepository implements PanacheRepositoryBase<JobItem, UUID> {

    /**
     * The first {@code count} distinct codes among the items waiting for a batch (valid, not sent, not waiting for a
     * scheduled retry), in file order.
     */
    public Uni<List<String>> nextWaitingCodes(UUID jobId, int count) {
        return getSession().flatMap(s -> s.createSelectionQuery("select i.gtin14 from JobItem i where i.jobId = :job "
                        + "and i.status = :pending and i.batchId is null and (i.retryAt is null or i.retryAt <= :now) "
                        + "order by i.seq", String.class)
                .setParameter("job", jobId).setParameter("pending", ItemStatus.PENDING)
                .setParameter("now", Instant.now())
                .setMaxResults(count * 5) // duplicates may take some of the rows
                .getResultList())
                .map(codes -> codes.stream().distinct().limit(count).toList());
    }

    /** Gives a batch every waiting item of the job that has one of these codes; returns how many. */
    public Uni<Integer> assignWaiting(UUID jobId, List<String> codes, UUID batchId) {
        return update("batchId = :batch where jobId = :job and status = :pending and batchId is null "
                        + "and (retryAt is null or retryAt <= :now) and gtin14 in :codes",
                Parameters.with("batch", batchId).and("job", jobId).and("pending", ItemStatus.PENDING)
                        .and("now", Instant.now()).and("codes", codes));
    }

    /**
     * Puts back in the queue what a retry should look up again: items never answered, and items that failed for a
     * reason that may pass (network, rate limit, unknown). Returns how many.
     */
    public Uni<Integer> requeueForRetry(UUID jobId) {
        List<ErrorCategory> retryable = Arrays.stream(ErrorCategory.values()).filter(ErrorCategory::retryable).toList();
        return update("status = :pending, batchId = null, errorCategory = null, error = null, marketplace = null, "
                        + "retryAt = null, lookupAttempts = 0, updatedAt = :now where jobId = :job "
                        + "and (status = :pending or (status = :failed and errorCategory in :retryable))",
                Parameters.with("pending", ItemStatus.PENDING).and("failed", ItemStatus.FAILED)
                        .and("retryable", retryable).and("job", jobId).and("now", Instant.now()));
    }

    /** Images stored for an ASIN, counted on every item of the job that found it with this code. */
    public Uni<Integer> storeImages(UUID jobId, String gtin14, String asin, int count, String keys, Instant now) {
        return update("imagesStatus = :stored, imagesStored = :count, imageKeys = :keys, updatedAt = :now "
                        + "where jobId = :job and gtin14 = :gtin and (asin = :asin or asin is null)",
                Parameters.with("stored", ImagesStatus.STORED).and("count", count).and("keys", keys)
                        .and("now", now).and("job", jobId).and("gtin", gtin14).and("asin", asin));
    }

    public Uni<List<JobItem>> inBatch(UUID batchId) {
        return list("batchId", batchId);
    }
}
