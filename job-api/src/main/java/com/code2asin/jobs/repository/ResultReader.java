package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.JobTally;
import com.code2asin.jobs.domain.MarketplaceColumn;
import com.code2asin.jobs.domain.ResultLine;
import com.code2asin.model.event.ErrorCategory;
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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The read path of the results pages in plain SQL on the reactive client, scoped by tenant: an unfiltered page (a
 * range of the items' place in the job, as fast deep as first) in the same statement as the job's status and tally; a
 * filtered one after them. Entities would cost reflection, dirty-checking snapshots and JSON parsing on the most
 * frequent request of the API.
 */
@ApplicationScoped
public class ResultReader {

    /** The job's status and counts, if the tenant owns it. */
    public record JobCounts(JobStatus status, JobTally tally) {
    }

    /** A job's counts with a page of its items in file order. */
    public record CountedPage(JobCounts job, List<ResultLine> lines) {
    }

    /** An item with its place in the job. */
    private record Placed(int seq, ResultLine line) {
    }

    private static final String COLUMNS = """
            id, row_number, product_id, product_name, code, gtin14, code_type, sku, supplier_price, quantity, item_condition,
            status,
            asin, title, amazon_brand, confidence, match_type, price, currency, sales_rank, image_urls, images_stored,
            error_category, error, from_cache, marketplace, lookup_attempts, retry_at, candidates, reviewed_by,
            reviewed_at, updated_at, stored_images, offer, price_difference_percent""";
    private static final String JOB_COUNTS = """
            SELECT j.status, t.total, t.pending, t.matched, t.ambiguous, t.unmatched, t.failed, t.invalid, t.exact,
                   t.partial, t.fuzzy, t.manual, t.with_asin, t.with_images, t.with_price, t.images_expected,
                   t.confidence_sum, t.confidence_n""";
    private static final int COUNT_COLUMNS = JOB_COUNTS.split(",").length;
    private static final String COUNTS = JOB_COUNTS
            + " FROM job j LEFT JOIN job_tally t ON t.job_id = j.id WHERE j.id = $1 AND j.tenant = $2";
    /**
     * No row when the job is not the tenant's; one row without an item when the page is past the end. The items come
     * with their place and are put in order here: an ORDER BY on the join cost a sort PostgreSQL sets up at every
     * execution, 6% of the machine's CPU under load.
     */
    private static final String COUNTED_PAGE = JOB_COUNTS + ", i.* FROM job j LEFT JOIN job_tally t ON t.job_id = j.id "
            + "LEFT JOIN LATERAL (SELECT " + COLUMNS + ", seq FROM job_item WHERE job_id = j.id AND seq >= $3 "
            + "ORDER BY seq LIMIT $4) i ON true WHERE j.id = $1 AND j.tenant = $2";
    private static final int SEQ_COLUMN = COUNT_COLUMNS + COLUMNS.split(",").length; // after the item's columns
    private static final String STORED_IMAGES = "SELECT i.stored_images FROM job_item i JOIN job j ON j.id = i.job_id "
            + "WHERE i.id = $1 AND i.job_id = $2 AND j.tenant = $3";
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
        return pool.preparedQuery(COUNTS).execute(Tuple.of(jobId, tenant))
                .map(rows -> rows.size() == 0 ? null : countsOfRow(jobId, rows.iterator().next()));
    }

    /**
     * The counts and an unfiltered page in one statement, the most frequent request of the API: one round trip and
     * one plan instead of two. Null when the job is not the tenant's (or does not exist).
     */
    public Uni<CountedPage> countedPage(UUID jobId, String tenant, int offset, int limit) {
        return pool.preparedQuery(COUNTED_PAGE).execute(Tuple.of(jobId, tenant, offset, limit)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            List<Placed> items = new ArrayList<>(rows.size());
            JobCounts job = null;
            for (Row r : rows) {
                job = job == null ? countsOfRow(jobId, r) : job;
                if (r.getValue(COUNT_COLUMNS) != null) {
                    items.add(new Placed(r.getInteger(SEQ_COLUMN), line(r, COUNT_COLUMNS)));
                }
            }
            items.sort(Comparator.comparingInt(Placed::seq));
            return new CountedPage(job, items.stream().map(Placed::line).toList());
        });
    }

    /** The job's status and tally from the first columns of a row (the status, then the tally's, null without one). */
    private static JobCounts countsOfRow(UUID jobId, Row r) {
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

    /** A filtered page in file order (an unfiltered one comes with its counts: {@link #countedPage}). */
    public Uni<List<ResultLine>> page(UUID jobId, ItemStatus status, MatchType type, int offset, int limit) {
        return pool.preparedQuery(FILTERED).execute(Tuple.of(jobId, status == null ? null : status.name(),
                type == null ? null : type.name(), offset, limit)).map(set -> {
                    List<ResultLine> lines = new ArrayList<>(set.size());
                    set.forEach(r -> lines.add(line(r, 0)));
                    return lines;
                });
    }

    /** The count of a status and a match type together (the tally holds each alone). */
    public Uni<Long> count(UUID jobId, ItemStatus status, MatchType type) {
        return pool.preparedQuery(COUNT_FILTERED).execute(Tuple.of(jobId, status.name(), type.name()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * By position, in the order of {@code COLUMNS} from {@code first} (arguments are evaluated left to right): a lookup
     * by name compares the name with each of the 35 columns', a tenth of the CPU a page of 50 cost.
     */
    private static ResultLine line(Row r, int first) {
        int c = first;
        return new ResultLine(r.getUUID(c++), r.getInteger(c++), r.getString(c++), r.getString(c++), r.getString(c++),
                r.getString(c++), r.getString(c++), r.getString(c++), r.getString(c++), r.getString(c++),
                r.getString(c++), ItemStatus.valueOf(r.getString(c++)), r.getString(c++), r.getString(c++),
                r.getString(c++), r.getDouble(c++), Columns.enumOf(MatchType.class, r.getString(c++)),
                r.getBigDecimal(c++), r.getString(c++), r.getInteger(c++), r.getString(c++), r.getInteger(c++),
                Columns.enumOf(ErrorCategory.class, r.getString(c++)), r.getString(c++), r.getBoolean(c++),
                MarketplaceColumn.parse(r.getString(c++)), r.getInteger(c++), instant(r.getOffsetDateTime(c++)),
                r.getString(c++), r.getString(c++), instant(r.getOffsetDateTime(c++)),
                instant(r.getOffsetDateTime(c++)), r.getString(c++), r.getString(c++), r.getBigDecimal(c));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
