package com.code2asin.jobs.service;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.Batch;
import com.code2asin.jobs.domain.ExportFile;
import com.code2asin.jobs.domain.ExportStatus;
import com.code2asin.jobs.domain.ImagesStatus;
import com.code2asin.jobs.domain.ItemChangeEntry;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobItem;
import com.code2asin.jobs.domain.JobLog;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.LogLevel;
import com.code2asin.jobs.domain.ReviewRule;
import com.code2asin.jobs.repository.BatchRepository;
import com.code2asin.jobs.repository.ExportFileRepository;
import com.code2asin.jobs.repository.ItemChangeRepository;
import com.code2asin.jobs.repository.JobItemRepository;
import com.code2asin.jobs.repository.JobLogRepository;
import com.code2asin.jobs.repository.JobRepository;
import com.code2asin.jobs.repository.JobTallyRepository;
import com.code2asin.jobs.repository.ReviewRuleRepository;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ExportDone;
import com.code2asin.model.event.ImagesStored;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import com.code2asin.model.event.StoredImage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies what the other services report. Results are upserted by item id, so a duplicate or re-sent answer changes
 * nothing, and a person's manual decision is never overwritten by a late automatic one.
 */
@ApplicationScoped
public class ResultService {

    private final JobRepository jobs;
    private final JobItemRepository items;
    private final BatchRepository batches;
    private final JobLogRepository logs;
    private final ExportFileRepository exports;
    private final ObjectMapper json;
    private final JobApiConfig config;
    private final ReviewRuleRepository reviewRules;
    private final JobTallyRepository tallies;
    private final ItemChangeRepository itemChanges;
    private final PriceAlerts priceAlerts;
    private final JobMetrics metrics;

    ResultService(JobRepository jobs, JobItemRepository items, BatchRepository batches, JobLogRepository logs,
                  ExportFileRepository exports, ObjectMapper json, JobApiConfig config,
                  ReviewRuleRepository reviewRules, JobTallyRepository tallies, ItemChangeRepository itemChanges,
                  PriceAlerts priceAlerts, JobMetrics metrics) {
        this.metrics = metrics;
        this.priceAlerts = priceAlerts;
        this.itemChanges = itemChanges;
        this.tallies = tallies;
        this.config = config;
        this.reviewRules = reviewRules;
        this.jobs = jobs;
        this.items = items;
        this.batches = batches;
        this.logs = logs;
        this.exports = exports;
        this.json = json;
    }

    /**
     * Applies a batch's answer: the first to come, of whichever attempt. Ignored, and said in the log: the answer of
     * an unknown batch (its job deleted), of a batch answered (or given up) already (a late attempt, a redelivery),
     * or for a job that is over. An item the answer leaves out fails for an unknown reason, so it is tried again on
     * the retry schedule. The batch is closed under the job's tally lock, where a give-up closes it too: of an answer
     * and a give-up at the same moment, one applies, never both.
     */
    @WithTransaction
    public Uni<Void> applyBatch(BatchDone done) {
        return batches.findById(done.batchId()).flatMap(batch -> {
            if (batch == null) {
                Log.infof("batch.done for unknown batch %s (job deleted?), ignored", done.batchId());
                return Uni.createFrom().voidItem();
            }
            if (batch.doneAt != null) {
                return answeredAlready(batch, done.attempt());
            }
            Map<UUID, ItemResult> byItem = done.items().stream()
                    .collect(Collectors.toMap(ItemResult::itemId, Function.identity(), (a, b) -> a));
            return jobs.findById(batch.jobId).call(() -> tallies.lock(batch.jobId))
                    .flatMap(job -> batches.close(batch.id).flatMap(closed -> !closed
                            ? answeredAlready(batch, done.attempt())
                            : job.status.isFinal() ? ignoredForFinalJob(batch.id, job.id, job.status)
                            : answer(job, batch, byItem, "the answer of batch " + batch.id
                                    + " said nothing of this item")));
        });
    }

    private static Uni<Void> answeredAlready(Batch batch, int attempt) {
        Log.infof("batch.done of attempt %d of batch %s, answered or given up already: ignored", attempt, batch.id);
        return Uni.createFrom().voidItem();
    }

    /**
     * A batch none of whose attempts was answered (a request lookup-worker refuses to its dead-letter topic, a worker
     * down for longer than the attempts last): its items stop waiting for it and fail for an unknown reason, so they
     * are tried again on the retry schedule in new batches, and fail for good when it ends. Runs in the caller's
     * transaction, under the job's dispatch lock; an answer that closed the batch meanwhile is left as it is.
     */
    public Uni<Void> giveUp(Job job, Batch batch, Duration waited) {
        String waitedFor = waited.toMinutes() > 0 ? waited.toMinutes() + " min" : waited.toSeconds() + " s";
        return tallies.lock(job.id).chain(() -> batches.close(batch.id)).chain(closed -> !closed
                ? Uni.createFrom().voidItem()
                : answer(job, batch, Map.of(), "lookup-worker answered none of the " + batch.attempt
                        + " attempts of batch " + batch.id + " in " + waitedFor));
    }

    /**
     * The answer on the batch's items: applied, its failures logged. An item it leaves out fails for an unknown
     * reason ({@code leftOutReason}), so it is tried again later.
     */
    private Uni<Void> answer(Job job, Batch batch, Map<UUID, ItemResult> byItem, String leftOutReason) {
        return items.inBatch(batch.id).flatMap(inBatch -> reviewRules.forCodes(job.tenant, inBatch.stream()
                .map(i -> i.gtin14).filter(Objects::nonNull).collect(Collectors.toSet())).flatMap(rules -> {
            Map<String, List<ReviewRule>> rulesByCode = rules.stream().collect(Collectors.groupingBy(r -> r.gtin14));
            // the answer for a code serves every item of the batch with that code (duplicates of a file)
            Map<String, ItemResult> byCode = new HashMap<>();
            inBatch.stream().filter(i -> byItem.containsKey(i.id)).forEach(i -> byCode.put(i.gtin14, byItem.get(i.id)));
            List<JobItem> answered = new ArrayList<>();
            List<JobItem> failed = new ArrayList<>();
            List<ItemChangeEntry> changes = new ArrayList<>();
            // a refresh brings today's prices, not the images the first lookup brought
            boolean imagesWanted = job.downloadImages && !job.refreshing;
            for (JobItem item : inBatch) {
                ItemResult answer = byCode.getOrDefault(item.gtin14, unanswered(item, leftOutReason));
                String previous = item.asin;
                if (apply(item, answer, imagesWanted, batch.id, rulesByCode.getOrDefault(item.gtin14, List.of()),
                        job.eachMarketplace())) {
                    answered.add(item);
                    changes.add(ItemChanges.lookup(job, item, previous, answer));
                    if (answer.status() == ItemStatus.FAILED && item.matchType != MatchType.MANUAL) {
                        failed.add(item);
                    }
                }
            }
            return items.writeAnswers(answered)
                    .invoke(() -> metrics.answered(answered))
                    .call(() -> itemChanges.add(changes))
                    .call(() -> priceAlerts.raise(job, answered))
                    .call(() -> failed.isEmpty() ? Uni.createFrom().voidItem() : logs.add(job.id, LogLevel.WARNING,
                            failed.size() + " item(s) of batch " + batch.id + " failed (network, rate limit and "
                            + "unknown errors are retried on schedule): " + failed.get(0).error)
                            .call(() -> logGivenUp(job.id, failed)));
        }));
    }

    /** An item its batch's answer says nothing of: an unknown failure, tried again later. */
    private static ItemResult unanswered(JobItem item, String why) {
        return new ItemResult(item.id, ItemStatus.FAILED, List.of(), null, null, null, ErrorCategory.UNKNOWN, why,
                false, 0, null);
    }

    private static Uni<Void> ignoredForFinalJob(UUID batchId, UUID jobId, JobStatus status) {
        Log.infof("batch.done of batch %s: job %s is %s, answer ignored", batchId, jobId, status.value());
        return Uni.createFrom().voidItem();
    }

    /** One error line per item that failed for good (not retryable, or its retries used up), naming its product. */
    private Uni<Void> logGivenUp(UUID jobId, List<JobItem> failed) {
        List<JobLog> lines = failed.stream().filter(i -> i.status == ItemStatus.FAILED).map(i -> {
            JobLog line = JobLog.of(jobId, LogLevel.ERROR, "no ASIN for " + i.codeType + " " + i.code + " after "
                    + (i.lookupAttempts + 1) + " attempt(s): " + i.error);
            line.itemId = i.id;
            line.productId = i.productId;
            return line;
        }).toList();
        return lines.isEmpty() ? Uni.createFrom().voidItem() : logs.persist(lines);
    }

    /** Returns true when the answer applies to the item, now changed (not yet written). */
    private boolean apply(JobItem item, ItemResult r, boolean imagesWanted, UUID batchId, List<ReviewRule> rules,
                          boolean forItsMarketplace) {
        if (item == null || !batchId.equals(item.batchId)) {
            return false; // the answer of a batch the item has left (retried since)
        }
        if (item.matchType == MatchType.MANUAL) {
            return repriced(item, r);
        }
        Candidate answered = r.chosen() == null ? null
                : r.candidates().stream().filter(c -> c.asin().equals(r.chosen())).findFirst().orElse(null);
        RememberedDecisions.Outcome outcome = RememberedDecisions.apply(r, answered, rules);
        Candidate chosen = outcome.chosen();
        item.status = outcome.status();
        item.matchType = outcome.matchType();
        item.confidence = outcome.confidence();
        item.asin = chosen == null ? null : chosen.asin();
        item.title = chosen == null ? null : chosen.title();
        item.amazonBrand = chosen == null ? null : chosen.brand();
        PriceAlerts.price(item, chosen, json);
        item.salesRank = chosen == null ? null : chosen.salesRank();
        item.imageUrls = chosen == null || chosen.images() == null ? null : toJson(chosen.images());
        item.candidates = r.candidates() == null || r.candidates().isEmpty() ? null : toJson(r.candidates());
        item.errorCategory = r.errorCategory();
        item.error = r.error();
        item.fromCache = r.fromCache();
        if (!forItsMarketplace) {
            item.marketplace = r.marketplace(); // the one that answered, of those asked in turn
        }
        // images come for the ASIN lookup-worker chose; a remembered decision for another one brings none
        boolean expectsImages = imagesWanted && item.status == ItemStatus.MATCHED && chosen != null
                && chosen == answered && chosen.images() != null && !chosen.images().isEmpty();
        if (expectsImages && item.imagesStatus == ImagesStatus.NONE) {
            item.imagesStatus = ImagesStatus.EXPECTED;
        }
        item.updatedAt = Instant.now();
        if (r.status() == ItemStatus.FAILED) {
            scheduleRetry(item);
        }
        return true;
    }

    /**
     * A person's decision stays whatever the answer says. Put back by a refresh (pending), the item is the person's
     * match again, with today's price of their ASIN when the answer still lists it (else yesterday's). Any other
     * answer, late for a decided item, changes nothing.
     */
    private boolean repriced(JobItem item, ItemResult r) {
        if (item.status != ItemStatus.PENDING || item.asin == null) {
            return false;
        }
        item.status = ItemStatus.MATCHED;
        (r.candidates() == null ? List.<Candidate>of() : r.candidates()).stream()
                .filter(c -> item.asin.equals(c.asin())).findFirst()
                .ifPresent(today -> PriceAlerts.price(item, today, json));
        item.fromCache = r.fromCache();
        item.updatedAt = Instant.now();
        return true;
    }

    /** A transient failure goes back to the queue after the next delay of the schedule, until the schedule ends. */
    private void scheduleRetry(JobItem item) {
        List<Duration> schedule = config.retrySchedule();
        if (item.errorCategory == null || !item.errorCategory.retryable() || item.lookupAttempts >= schedule.size()) {
            return;
        }
        item.status = ItemStatus.PENDING;
        item.batchId = null;
        item.retryAt = item.updatedAt.plus(schedule.get(item.lookupAttempts));
        item.lookupAttempts++;
    }

    /**
     * Counts stored images on the item (an upsert by item id, so a redelivery changes nothing). It may arrive before
     * the item's batch.done, which then keeps it. The job's tally is locked before the item is read, so a batch.done
     * being applied meanwhile is waited for and its ASIN is the one read.
     */
    @WithTransaction
    public Uni<Void> applyImages(ImagesStored stored) {
        return tallies.lock(stored.jobId())
                .chain(() -> jobs.findById(stored.jobId()))
                .chain(job -> job == null ? Uni.createFrom().<JobItem>nullItem() // deleted, with its items
                        : items.findById(stored.itemId()).invoke(item -> checkOwnImages(job, item, stored)))
                .chain(item -> item == null ? Uni.createFrom().voidItem() : storeImages(item, stored));
    }

    /**
     * An images.stored may only name an item of its job, and images under the products of the job's tenant: one
     * naming another tenant's object would have the item's image link stream it to this job's users. Refused to the
     * dead-letter topic.
     */
    private static void checkOwnImages(Job job, JobItem item, ImagesStored stored) {
        if (item != null && !item.jobId.equals(job.id)) {
            throw new IllegalArgumentException("images.stored of job " + job.id + " names item " + item.id
                    + ", which belongs to another job");
        }
        String prefix = "products/" + job.tenant + "/";
        List<String> foreign = stored.stored() == null ? List.of("(none)") : stored.stored().stream()
                .map(StoredImage::key).filter(key -> key == null || !key.startsWith(prefix) || key.contains(".."))
                .toList();
        if (!job.tenant.equals(stored.tenant()) || !foreign.isEmpty()) {
            throw new IllegalArgumentException("images.stored of job " + job.id + " (tenant " + job.tenant
                    + ") names tenant '" + stored.tenant() + "' and objects " + foreign
                    + ": a product image must lie under " + prefix);
        }
    }

    /** The item's duplicates in the job (of its marketplace) share its lookup, so they share its images too. */
    private Uni<Void> storeImages(JobItem item, ImagesStored stored) {
        return items.storeImages(item.jobId, item.gtin14, item.asin, item.marketplace, stored.stored().size(),
                        toJson(stored.stored()), Instant.now())
                .replaceWithVoid();
    }

    /**
     * Records what export-service made: completes the export asked through the API, or records the default one of a
     * completed job. A redelivered export.done finds the export finished and changes nothing.
     */
    @WithTransaction
    public Uni<Void> applyExport(ExportDone done) {
        // One reactive session runs one statement at a time, so the two look-ups are chained, not combined.
        return jobs.findById(done.jobId()).flatMap(job -> job == null ? Uni.createFrom().voidItem()
                : exports.findById(done.exportId()).invoke(known -> checkOwnExport(job, known, done)).flatMap(known -> {
                    boolean expired = known != null && known.error != null
                            && known.error.startsWith(ExportOrders.NO_ANSWER); // late, but the file is there
                    if (known != null && known.status != ExportStatus.REQUESTED && !expired) {
                        return Uni.createFrom().voidItem();
                    }
                    ExportFile export = known != null ? known : newExport(done);
                    finish(export, done);
                    return (known != null ? Uni.createFrom().item(export) : exports.persist(export))
                            .call(() -> logs.add(done.jobId(), done.error() == null ? LogLevel.INFO : LogLevel.ERROR,
                                    exportLine(done)))
                            .replaceWithVoid();
                }));
    }

    /**
     * An export.done may only name an export and a file of its own job: one that names another tenant's (or job's)
     * object would have {@code /download} stream it to this job's users. Refused to the dead-letter topic.
     */
    private static void checkOwnExport(Job job, ExportFile known, ExportDone done) {
        String prefix = "exports/" + job.tenant + "/" + job.id + "/";
        if (known != null && !known.jobId.equals(job.id)) {
            throw new IllegalArgumentException("export.done names export " + done.exportId() + " of job " + job.id
                    + ", but that export belongs to another job");
        }
        if (!job.tenant.equals(done.tenant())
                || done.objectKey() != null && (!done.objectKey().startsWith(prefix) || done.objectKey().contains(".."))) {
            throw new IllegalArgumentException("export.done of job " + job.id + " (tenant " + job.tenant
                    + ") names tenant '" + done.tenant() + "' and object '" + done.objectKey()
                    + "': an export's file must lie under " + prefix);
        }
    }

    private static void finish(ExportFile export, ExportDone done) {
        export.status = done.error() == null ? ExportStatus.DONE : ExportStatus.FAILED;
        export.objectKey = done.objectKey();
        export.rows = done.rows();
        export.bytes = done.bytes();
        export.error = done.error();
        export.updatedAt = Instant.now();
    }

    private static ExportFile newExport(ExportDone done) {
        ExportFile export = new ExportFile();
        export.id = done.exportId();
        export.jobId = done.jobId();
        export.tenant = done.tenant();
        export.format = done.format();
        export.includeUnmatched = true;
        export.createdAt = Instant.now();
        export.updatedAt = export.createdAt;
        return export;
    }

    private static String exportLine(ExportDone done) {
        String format = done.format().value();
        return done.error() == null
                ? "export " + format + " ready: " + done.rows() + " rows, " + done.bytes() + " bytes"
                : "export " + format + " failed: " + done.error();
    }

    private String toJson(List<?> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
