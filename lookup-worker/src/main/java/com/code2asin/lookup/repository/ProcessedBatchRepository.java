package com.code2asin.lookup.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The {@code lookup.requested} attempts already answered, keyed {@code <batch id>:<attempt>}: a redelivery of one is
 * skipped and costs no quota. Plain SQL on the reactive pool: two statements per batch on the worker's hot path.
 */
@ApplicationScoped
public class ProcessedBatchRepository {

    private static final String FIND = "SELECT 1 FROM processed_batch WHERE id = $1";

    /** A concurrent duplicate that got here first wins, which is fine. */
    private static final String RECORD = """
            INSERT INTO processed_batch (id, items, processed_at) VALUES ($1, $2, clock_timestamp())
            ON CONFLICT (id) DO NOTHING""";

    private final Pool pool;

    ProcessedBatchRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Boolean> alreadyProcessed(UUID batchId, int attempt) {
        return pool.preparedQuery(FIND).execute(Tuple.of(key(batchId, attempt))).map(rows -> rows.size() > 0);
    }

    public Uni<Void> record(UUID batchId, int attempt, int items) {
        return pool.preparedQuery(RECORD).execute(Tuple.of(key(batchId, attempt), items)).replaceWithVoid();
    }

    private static String key(UUID batchId, int attempt) {
        return batchId + ":" + attempt;
    }
}
