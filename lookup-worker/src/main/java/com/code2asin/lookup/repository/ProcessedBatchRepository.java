package com.code2asin.lookup.repository;

import com.code2asin.lookup.domain.ProcessedBatch;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ProcessedBatchRepository implements PanacheRepositoryBase<ProcessedBatch, String> {

    @WithSession
    public Uni<Boolean> alreadyProcessed(UUID batchId, int attempt) {
        return findById(ProcessedBatch.key(batchId, attempt)).map(p -> p != null);
    }

    /** Records the attempt; a concurrent duplicate that got here first wins, which is fine. */
    @WithTransaction
    public Uni<Void> record(UUID batchId, int attempt, int items) {
        return getSession().flatMap(s -> s.merge(ProcessedBatch.of(batchId, attempt, items))).replaceWithVoid();
    }
}
