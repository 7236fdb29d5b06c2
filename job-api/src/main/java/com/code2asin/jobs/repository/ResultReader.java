package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.JobTally;
import com.code2asin.jobs.domain.ResultLine;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The read path of the results pages in plain SQL on the reactive client: a job's status and tally in one query
 * (scoped by tenant), then one page of items. Entities would cost reflection, dirty-checking snapshots and JSON
 * parsing on the most frequent request of the API.
 */
@ApplicationScoped
public class ResultReader {

    /** The job's status and counts, if the tenant owns it. */
    public record JobCounts(JobStatus status, JobTally tally) {
    }

    private static final String COLUMNS = """
            id, row_number, product_id, product_name, code, gtin14, code_type, sku, supplier_price, quantity, item_condition,
            status,
            asin, title, amazon_brand, confidence, match_type, price, currency, sales_rank, image_urls, images_stored,
            error_category, error, from_cache, marketplace, lookup_attempts, retry_at, candidates, reviewed_by,
            reviewed_at, updated_at, stored_images, offer, price_difference_percent""";
    private static final String COUNTS = """
            SELECT j.status, t.total, t.pending, t.matched, t.ambiguous, t.unmatched, t.failed, t.invalid, t.exact,
                   t.partial, t.fuzzy, t.manual, t.with_asin, t.with_images, t.with_price, t.images_expected,
                   t.confidence_sum, t.confidence_n
            FROM job j LEFT JOIN job_tally t ON t.job_id = j.id WHERE j.id = $1 AND j.tenant = $2""";
    private static final String STORED_IMAGES = "SELECT i.stored_images FROM job_item i JOIN job j ON j.id = i.job_id "
            + "WHERE i.id = $1 AND i.job_id = $2 AND j.tenant = $3";
    private static final String PAGE = "SELECT " + COLUMNS + " FROM job_item WHERE job_id = $1 AND seq >= $2 "
            + "ORDER BY seq LIMIT $3";
    private static final String FILTERED = "SELECT " + COLUMNS + " FROM job_item WHERE job_id = $1 "
            + "AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR match_type = $3) "
            + "ORDER BY seq OFFSET $4 LIMIT $5";
    private static final String COUNT_FILTERED = "SELECT count(*) FROM job_item WHERE job_id = $1 AND status = $2 "
            + "AND match_type = $3";

    private final Pool pool;

    ResultReader(Pool pool) {
        this.pool = pool;
    }

    /** Null when the job is not the tenant's (or does not exist). */
    public Uni<JobCounts> counts(UUID jobId, String tenant) {
        return pool.preparedQuery(COUNTS).execute(Tuple.of(jobId, tenant)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row r = rows.iterator().next();
            JobTally t = JobTally.empty(jobId);
            if (r.getValue(1) != null) {
                int i = 1;
                t.total = r.getLong(i++);
                t.pending = r.getLong(i++);
                t.matched = r.getLong(i++);
                t.ambiguous = r.getLong(i++);
                t.unmatched = r.getLong(i++);
                t.failed = r.getLong(i++);
                t.invalid = r.getLong(i++);
                t.exact = r.getLong(i++);
                t.partial = r.getLong(i++);
                t.fuzzy = r.getLong(i++);
                t.manual = r.getLong(i++);
                t.withAsin = r.getLong(i++);
                t.withImages = r.getLong(i++);
                t.withPrice = r.getLong(i++);
                t.imagesExpected = r.getLong(i++);
                t.confidenceSum = r.getDouble(i++);
                t.confidenceN = r.getLong(i);
            }
            return new JobCounts(JobStatus.valueOf(r.getString(0)), t);
        });
    }

    /**
     * The stored images (JSON) of a tenant's job item; empty when the item is not the tenant's, or not of that job.
     */
    public Uni<java.util.Optional<String>> storedImages(UUID jobId, UUID itemId, String tenant) {
        return pool.preparedQuery(STORED_IMAGES).execute(Tuple.of(itemId, jobId, tenant))
                .map(rows -> rows.size() == 0 ? java.util.Optional.empty()
                        : java.util.Optional.of(java.util.Objects.requireNonNullElse(
                                rows.iterator().next().getString(0), "[]")));
    }

    /** A page in file order; unfiltered it is a range of the items' place in the job (seq), as fast deep as first. */
    public Uni<List<ResultLine>> page(UUID jobId, ItemStatus status, MatchType type, int offset, int limit) {
        Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> rows = status == null && type == null
                ? pool.preparedQuery(PAGE).execute(Tuple.of(jobId, offset, limit))
                : pool.preparedQuery(FILTERED).execute(Tuple.of(jobId, status == null ? null : status.name(),
                        type == null ? null : type.name(), offset, limit));
        return rows.map(set -> {
            List<ResultLine> lines = new ArrayList<>(set.size());
            set.forEach(r -> lines.add(line(r)));
            return lines;
        });
    }

    /** The count of a status and a match type together (the tally holds each alone). */
    public Uni<Long> count(UUID jobId, ItemStatus status, MatchType type) {
        return pool.preparedQuery(COUNT_FILTERED).execute(Tuple.of(jobId, status.name(), type.name()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static ResultLine line(Row r) {
        return new ResultLine(r.getUUID("id"), r.getInteger("row_number"), r.getString("product_id"),
                r.getString("product_name"), r.getString("code"), r.getString("gtin14"), r.getString("code_type"),
                r.getString("sku"), r.getString("supplier_price"), r.getString("quantity"), r.getString("item_condition"),
                r.getString("status"),
                r.getString("asin"), r.getString("title"), r.getString("amazon_brand"), r.getDouble("confidence"),
                r.getString("match_type"), r.getBigDecimal("price"), r.getString("currency"),
                r.getInteger("sales_rank"), r.getString("image_urls"), r.getInteger("images_stored"),
                r.getString("error_category"), r.getString("error"), r.getBoolean("from_cache"),
                r.getString("marketplace"), r.getInteger("lookup_attempts"), instant(r.getOffsetDateTime("retry_at")),
                r.getString("candidates"),
                r.getString("reviewed_by"), instant(r.getOffsetDateTime("reviewed_at")),
                instant(r.getOffsetDateTime("updated_at")), r.getString("stored_images"),
                r.getString("offer"), r.getBigDecimal("price_difference_percent"));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
