package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.ImagesStatus;
import com.code2asin.jobs.domain.JobItem;
import com.code2asin.jobs.domain.MarketplaceColumn;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
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
     * Codes waiting for a batch, for one marketplace (null: the job's items are not tied to one, FALLBACK mode), the
     * marketplace of the first waiting item.
     */
    public record Waiting(Marketplace marketplace, List<String> codes) {
    }

    /**
     * The first {@code count} distinct codes among the items waiting for a batch (valid, not sent, not waiting for a
     * scheduled retry), in file order. With {@code marketplaces} above 1 (EACH mode: one item per code and
     * marketplace), only those of the first waiting item's marketplace, so that a batch asks one marketplace.
     */
    public Uni<Waiting> nextWaitingCodes(UUID jobId, int count, int marketplaces) {
        return getSession().flatMap(s -> s.createSelectionQuery("select i.gtin14, i.marketplace from JobItem i "
                        + "where i.jobId = :job and i.status = :pending and i.batchId is null "
                        + "and (i.retryAt is null or i.retryAt <= :now) order by i.seq", Object[].class)
                .setParameter("job", jobId).setParameter("pending", ItemStatus.PENDING)
                .setParameter("now", Instant.now())
                .setMaxResults(count * 5 * marketplaces) // duplicates and other marketplaces may take some rows
                .getResultList())
                .map(rows -> {
                    Marketplace marketplace = marketplaces == 1 || rows.isEmpty() ? null : (Marketplace) rows.get(0)[1];
                    return new Waiting(marketplace, rows.stream()
                            .filter(r -> marketplace == null || marketplace.equals(r[1]))
                            .map(r -> (String) r[0]).distinct().limit(count).toList());
                });
    }

    /**
     * Gives a batch every waiting item of the job that has one of these codes, for the marketplace of {@code waiting}
     * when it names one; returns how many.
     */
    public Uni<Integer> assignWaiting(UUID jobId, Waiting waiting, UUID batchId) {
        Parameters parameters = Parameters.with("batch", batchId).and("job", jobId).and("pending", ItemStatus.PENDING)
                .and("now", Instant.now()).and("codes", waiting.codes());
        String query = "batchId = :batch where jobId = :job and status = :pending and batchId is null "
                + "and (retryAt is null or retryAt <= :now) and gtin14 in :codes";
        return waiting.marketplace() == null ? update(query, parameters)
                : update(query + " and marketplace = :marketplace", parameters.and("marketplace", waiting.marketplace()));
    }

    /**
     * Puts back in the queue what a retry should look up again: items never answered, items that failed for a
     * reason that may pass (network, rate limit, unknown), and items whose images never came (looked up again, their
     * images are asked again; not one a person decided). Returns how many.
     */
    public Uni<Integer> requeueForRetry(UUID jobId, boolean eachMarketplace) {
        List<ErrorCategory> retryable = Arrays.stream(ErrorCategory.values()).filter(ErrorCategory::retryable).toList();
        // the marketplace that answered is forgotten, unless the item is for one marketplace (EACH mode)
        return update("status = :pending, batchId = null, errorCategory = null, error = null, "
                        + (eachMarketplace ? "" : "marketplace = null, ")
                        + "retryAt = null, lookupAttempts = 0, updatedAt = :now where jobId = :job "
                        + "and (status = :pending or (status = :failed and errorCategory in :retryable))",
                Parameters.with("pending", ItemStatus.PENDING).and("failed", ItemStatus.FAILED)
                        .and("retryable", retryable).and("job", jobId).and("now", Instant.now()))
                .flatMap(requeued -> update("status = :pending, batchId = null, imagesStatus = :none, "
                                + "updatedAt = :now where jobId = :job and imagesStatus = :timedOut "
                                + "and (matchType is null or matchType <> :manual)",
                        Parameters.with("pending", ItemStatus.PENDING).and("none", ImagesStatus.NONE)
                                .and("now", Instant.now()).and("job", jobId).and("timedOut", ImagesStatus.TIMED_OUT)
                                .and("manual", MatchType.MANUAL))
                        .map(lookedUpForImages -> requeued + lookedUpForImages));
    }

    /**
     * A refresh: every item that was looked up goes back to the queue, except those a person rejected (no ASIN is
     * theirs). An ASIN a person accepted stays, and only its price is brought up to date. Their results stay until
     * the new answers replace them. Returns how many.
     */
    public Uni<Integer> requeueForRefresh(UUID jobId) {
        return update("status = :pending, batchId = null, errorCategory = null, error = null, retryAt = null, "
                        + "lookupAttempts = 0, updatedAt = :now where jobId = :job and status in :lookedUp "
                        + "and (matchType is null or matchType <> :manual or status = :matched)",
                Parameters.with("pending", ItemStatus.PENDING).and("now", Instant.now()).and("job", jobId)
                        .and("lookedUp", List.of(ItemStatus.MATCHED, ItemStatus.AMBIGUOUS, ItemStatus.UNMATCHED,
                                ItemStatus.FAILED))
                        .and("manual", MatchType.MANUAL).and("matched", ItemStatus.MATCHED));
    }

    /**
     * Items of the job waiting for images since before {@code before} stop waiting ({@code TIMED_OUT}): a lost
     * images.stored must not hold the job forever. Returns how many.
     */
    public Uni<Integer> timeOutImages(UUID jobId, Instant before) {
        return update("imagesStatus = :timedOut, updatedAt = :now where jobId = :job and imagesStatus = :expected "
                        + "and updatedAt < :before", Parameters.with("timedOut", ImagesStatus.TIMED_OUT)
                .and("now", Instant.now()).and("job", jobId).and("expected", ImagesStatus.EXPECTED)
                .and("before", before));
    }

    /**
     * The product's stored images (JSON), on every item of the job that found this ASIN with this code; with a
     * {@code marketplace}, only on those of that marketplace (in EACH mode each marketplace's item asks its own).
     */
    public Uni<Integer> storeImages(UUID jobId, String gtin14, String asin, Marketplace marketplace, int count,
                                    String images, Instant now) {
        Parameters parameters = Parameters.with("stored", ImagesStatus.STORED).and("count", count)
                .and("images", images).and("now", now).and("job", jobId).and("gtin", gtin14).and("asin", asin);
        String query = "imagesStatus = :stored, imagesStored = :count, storedImages = :images, updatedAt = :now "
                + "where jobId = :job and gtin14 = :gtin and (asin = :asin or asin is null)";
        return marketplace == null ? update(query, parameters)
                : update(query + " and marketplace = :marketplace", parameters.and("marketplace", marketplace));
    }

    /**
     * Writes what a batch's answer changed on its items, in one statement: one pass of the tally trigger per batch
     * instead of one per item. The items leave the session first, so they are not written a second time at commit.
     */
    public Uni<Void> writeAnswers(List<JobItem> answered) {
        if (answered.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String[]> rows = answered.stream().map(item -> new String[] {item.id.toString(), name(item.status),
                name(item.matchType), text(item.confidence), item.asin, item.title, item.amazonBrand, text(item.price),
                item.currency, text(item.salesRank), item.imageUrls, item.candidates, name(item.errorCategory),
                item.error, Boolean.toString(item.fromCache), MarketplaceColumn.text(item.marketplace), name(item.imagesStatus),
                text(item.batchId), text(item.retryAt), Integer.toString(item.lookupAttempts), text(item.updatedAt),
                item.offer, text(item.priceDifferencePercent)})
                .toList();
        return getSession().flatMap(session -> {
            answered.forEach(session::detach);
            return ANSWERS.execute(session, WRITE_ANSWERS, rows);
        }).replaceWithVoid();
    }

    /** The columns an answer sets, in the order of each row's values, each with its SQL type; the first is the key. */
    private static final UnnestRows ANSWERS = new UnnestRows(List.of("id uuid", "status text", "match_type text",
            "confidence float8", "asin text", "title text", "amazon_brand text", "price numeric", "currency text",
            "sales_rank int", "image_urls text", "candidates text", "error_category text", "error text",
            "from_cache boolean", "marketplace text", "images_status text", "batch_id uuid", "retry_at timestamptz",
            "lookup_attempts int", "updated_at timestamptz", "offer text", "price_difference_percent numeric"));
    private static final String WRITE_ANSWERS = "UPDATE job_item i SET " + ANSWERS.assignments() + " FROM "
            + ANSWERS.source() + " WHERE i.id = v.id::uuid";

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public Uni<List<JobItem>> inBatch(UUID batchId) {
        return list("batchId", batchId);
    }
}
