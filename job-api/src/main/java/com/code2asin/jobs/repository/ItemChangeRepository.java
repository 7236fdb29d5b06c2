package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.ItemChangeEntry;
import com.code2asin.jobs.domain.MarketplaceColumn;
import com.code2asin.model.event.ChangeKind;
import com.code2asin.model.event.ItemStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Items' change logs (table {@code item_change}): written in the transaction of what changed the item. */
@ApplicationScoped
public class ItemChangeRepository {

    /** The columns an entry sets, in the order of each row's values, each with its SQL type. */
    private static final UnnestRows ENTRIES = new UnnestRows(List.of("job_id uuid", "item_id uuid", "kind text",
            "status text", "previous_asin text", "new_asin text", "reason text", "duration_ms bigint", "provider text",
            "marketplace text", "actor text", "raw_answer text", "created_at timestamptz"));
    private static final String INSERT = "INSERT INTO item_change (" + ENTRIES.names() + ") SELECT "
            + ENTRIES.values() + " FROM " + ENTRIES.source();
    private static final String HISTORY = """
            SELECT c.created_at, c.kind, c.status, c.previous_asin, c.new_asin, c.reason, c.duration_ms, c.provider,
                   c.marketplace, c.actor, c.raw_answer
            FROM job_item i JOIN job j ON j.id = i.job_id LEFT JOIN item_change c ON c.item_id = i.id
            WHERE i.id = $1 AND i.job_id = $2 AND j.tenant = $3 ORDER BY c.id""";
    private static final String DROP_RAW = """
            UPDATE item_change SET raw_answer = NULL WHERE id IN (
                SELECT id FROM item_change WHERE raw_answer IS NOT NULL AND created_at < $1 LIMIT $2)""";

    private final Pool pool;

    ItemChangeRepository(Pool pool) {
        this.pool = pool;
    }

    /** Adds entries in one statement, in the session's transaction. */
    public Uni<Void> add(List<ItemChangeEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String[]> rows = entries.stream().map(e -> new String[] {e.jobId().toString(), e.itemId().toString(),
                e.kind().value(), e.status().value(), e.previousAsin(), e.newAsin(), e.reason(),
                e.durationMs() == null ? null : e.durationMs().toString(), e.provider(),
                MarketplaceColumn.text(e.marketplace()), e.actor(), e.rawAnswer(),
                e.at().toString()}).toList();
        return Panache.getSession().flatMap(session -> ENTRIES.execute(session, INSERT, rows)).replaceWithVoid();
    }

    /** An item's log, oldest first; empty when the item is not of this tenant's job. */
    public Uni<Optional<List<ItemChangeEntry>>> history(UUID jobId, UUID itemId, String tenant) {
        return pool.preparedQuery(HISTORY).execute(Tuple.of(itemId, jobId, tenant)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            List<ItemChangeEntry> entries = new ArrayList<>();
            for (Row r : rows) {
                if (r.getString("kind") != null) { // the item's own row when it has no entry yet
                    entries.add(new ItemChangeEntry(jobId, itemId,
                            Columns.lowerCaseEnumOf(ChangeKind.class, r.getString("kind")),
                            Columns.lowerCaseEnumOf(ItemStatus.class, r.getString("status")),
                            r.getString("previous_asin"), r.getString("new_asin"), r.getString("reason"),
                            r.getLong("duration_ms"), r.getString("provider"),
                            MarketplaceColumn.parse(r.getString("marketplace")), r.getString("actor"),
                            r.getString("raw_answer"), r.getOffsetDateTime("created_at").toInstant()));
                }
            }
            return Optional.of(entries);
        });
    }

    /** Drops the raw answers of entries older than {@code before}, at most {@code limit}; returns how many. */
    public Uni<Integer> dropRawAnswers(Instant before, int limit) {
        return pool.preparedQuery(DROP_RAW).execute(Tuple.of(before.atOffset(ZoneOffset.UTC), limit))
                .map(rows -> rows.rowCount());
    }
}
