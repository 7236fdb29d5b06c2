package com.code2asin.jobs.service;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.Batch;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobItem;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.LogLevel;
import com.code2asin.jobs.repository.BatchRepository;
import com.code2asin.jobs.repository.JobItemRepository;
import com.code2asin.jobs.repository.JobLogRepository;
import com.code2asin.jobs.repository.JobRepository;
import com.code2asin.jobs.repository.JobTallyRepository;
import com.code2asin.model.EventTypes;
import com.code2asin.model.Marketplace;
import com.code2asin.model.ProductKey;
import com.code2asin.model.Topics;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

/**
 * Feeds processing jobs to lookup-worker: at most {@code max-in-flight} batches are out in all, shared fairly
 * between tenants and their jobs ({@link FairShare}), each job keeping at most {@code window}; an overdue batch is
 * sent again with the next attempt number, up to {@code max-batch-attempts} (then its items fail and are retried on
 * schedule), and a job with nothing left open is handed to {@link JobCompletion}, whose tries run beside the next
 * rounds.
 * Replicas share the budget through the batch table (two rounds at the same instant may each spend what is left)
 * and dispatch a job one at a time, under its lock.
 */
@ApplicationScoped
public class Dispatcher {

    private final JobRepository jobs;
    private final JobItemRepository items;
    private final JobTallyRepository tallies;
    private final BatchRepository batches;
    private final JobLogRepository logs;
    private final Outbox outbox;
    private final JobCompletion completion;
    private final JobApiConfig config;
    private final ResultService answers;
    private final BackgroundRound rounds;

    Dispatcher(JobRepository jobs, JobItemRepository items, JobTallyRepository tallies, BatchRepository batches,
               JobLogRepository logs, Outbox outbox, JobCompletion completion, ResultService answers,
               JobApiConfig config, Vertx vertx) {
        this.answers = answers;
        this.tallies = tallies;
        this.jobs = jobs;
        this.items = items;
        this.batches = batches;
        this.logs = logs;
        this.outbox = outbox;
        this.completion = completion;
        this.config = config;
        this.rounds = new BackgroundRound(vertx, "dispatch round", config.dispatchGap(), this::round);
    }

    @Scheduled(every = "${job-api.dispatch-interval}", delayed = "1s")
    void tick() {
        rounds.request();
    }

    void stop(@Observes io.quarkus.runtime.ShutdownEvent shutdown) {
        rounds.stop();
    }

    /** A batch was answered (its window has room again): a round now rather than at the next tick. */
    public void requestRound() {
        rounds.request();
    }

    Uni<Void> round() {
        return Panache.withSession(() -> jobs.inStatus(JobStatus.PROCESSING)
                        .flatMap(processing -> batches.openByJob().flatMap(open -> jobs.processingWithWaitingItems()
                                .map(waiting -> processing.stream()
                                        .map(job -> new FairShare.Load(job.id, job.tenant,
                                                open.getOrDefault(job.id, 0L).intValue(), waiting.contains(job.id)))
                                        .toList()))))
                .flatMap(loads -> {
                    int inFlight = loads.stream().mapToInt(FairShare.Load::inFlight).sum();
                    Map<UUID, Integer> granted = FairShare.allocate(loads, config.maxInFlight() - inFlight,
                            config.window());
                    return Multi.createFrom().iterable(loads)
                            .onItem().transformToUniAndConcatenate(load -> dispatch(load.jobId(),
                                            granted.getOrDefault(load.jobId(), 0))
                                    .onFailure().invoke(e -> Log.errorf(e, "dispatch of job %s failed", load.jobId()))
                                    .onFailure().recoverWithNull())
                            .collect().last().replaceWithVoid();
                })
                .invoke(outbox::relaySoon);
    }

    /**
     * One job's turn: re-send what is overdue, send up to {@code newBatches} new batches, or complete the job. A job
     * another replica is dispatching at this moment is left to it: two would cut batches of the same codes and
     * re-send the same overdue batch twice.
     */
    Uni<Void> dispatch(UUID jobId, int newBatches) {
        return Panache.withTransaction(() -> jobs.tryLockForDispatch(jobId).flatMap(locked -> locked
                ? jobs.findById(jobId) : Uni.createFrom().<Job>nullItem()).flatMap(job -> {
            if (job == null || job.status != JobStatus.PROCESSING) {
                return Uni.createFrom().<Duration>nullItem();
            }
            return resendOverdue(job)
                    .flatMap(ignored -> fill(job, newBatches))
                    .flatMap(ignored -> tallies.of(job.id))
                    .flatMap(tally -> tally.pending > 0 ? Uni.createFrom().<Duration>nullItem()
                            : tally.imagesExpected > 0 ? timeOutImages(job).replaceWith((Duration) null)
                            : completion.claim(job, tally));
        })).invoke(hold -> {
            if (hold != null) {
                completion.start(jobId, hold); // after the commit that counted the try
            }
        }).replaceWithVoid();
    }

    /** Images that did not come in time stop holding the job: the next round completes it. */
    private Uni<Void> timeOutImages(Job job) {
        return tallies.lock(job.id) // before the items, as every writer of them: no deadlock with images.stored
                .chain(() -> items.timeOutImages(job.id, Instant.now().minus(config.imagesTimeout())))
                .flatMap(timedOut -> timedOut == 0
                ? Uni.createFrom().voidItem()
                : logs.add(job.id, LogLevel.WARNING, timedOut + " item(s) waited more than " + config.imagesTimeout()
                        .toSeconds() + " s for their images: the job completes without them"));
    }

    private Uni<Void> resendOverdue(Job job) {
        return batches.overdue(job.id, Instant.now().minus(config.batchTimeout()))
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(batch -> batch.attempt >= config.maxBatchAttempts()
                        ? answers.giveUp(job, batch, config.batchTimeout().multipliedBy(batch.attempt))
                        : resend(job, batch))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> resend(Job job, Batch batch) {
        return items.inBatch(batch.id).flatMap(inBatch -> {
            batch.attempt++;
            batch.sentAt = Instant.now();
            return logs.add(job.id, LogLevel.WARNING, "batch " + batch.id + " overdue, sent again (attempt "
                            + batch.attempt + " of " + config.maxBatchAttempts() + ")")
                    .call(() -> request(job, batch, inBatch));
        });
    }

    /** Up to {@code count} new batches, one after the other, each taking the next codes waiting in file order. */
    private Uni<Void> fill(Job job, int count) {
        if (count <= 0) {
            return Uni.createFrom().voidItem();
        }
        return newBatch(job).flatMap(sent -> sent ? fill(job, count - 1) : Uni.createFrom().voidItem());
    }

    /**
     * The next {@code batch-size} distinct codes waiting, and every waiting item of the job that has one of them: a
     * code the file holds twice is looked up once, and its answer serves both. False when nothing waits.
     */
    private Uni<Boolean> newBatch(Job job) {
        int marketplaces = job.eachMarketplace() ? job.marketplaces().size() : 1;
        return items.nextWaitingCodes(job.id, config.batchSize(), marketplaces).flatMap(waiting -> {
            if (waiting.codes().isEmpty()) {
                return Uni.createFrom().item(false);
            }
            Batch batch = new Batch();
            batch.id = UUID.randomUUID();
            batch.jobId = job.id;
            batch.attempt = 1;
            batch.sentAt = Instant.now();
            return items.assignWaiting(job.id, waiting, batch.id).flatMap(assigned -> {
                if (assigned == 0) {
                    return Uni.createFrom().item(false); // taken since they were read: no empty batch
                }
                batch.itemCount = assigned;
                return batches.persist(batch)
                        .flatMap(persisted -> items.inBatch(batch.id))
                        .flatMap(inBatch -> request(job, batch, inBatch))
                        .replaceWith(true);
            });
        });
    }

    /**
     * The batch's event: one item per code (its first row), whatever the duplicates. In EACH mode the batch's items
     * are all of one marketplace, asked alone.
     */
    private Uni<Void> request(Job job, Batch batch, List<JobItem> inBatch) {
        Map<String, JobItem> firstPerCode = new LinkedHashMap<>();
        inBatch.stream().sorted(Comparator.comparingInt(i -> i.rowNumber))
                .forEach(i -> firstPerCode.putIfAbsent(i.gtin14, i));
        List<LookupItem> lookups = firstPerCode.values().stream()
                .map(i -> new LookupItem(i.id, i.code, i.gtin14, i.codeType, i.productName, i.brand,
                        ProductKey.of(i.productId, i.gtin14)))
                .toList();
        Marketplace marketplace = job.eachMarketplace() && !inBatch.isEmpty()
                ? inBatch.get(0).marketplace : job.marketplace;
        LookupRequested event = new LookupRequested(batch.id, batch.attempt, job.id, job.tenant, marketplace,
                job.provider, job.autoMatch, job.confidenceThreshold, job.downloadImages && !job.refreshing,
                job.maxImages, job.imageMode, lookups, job.fallbacks(), job.withPrices || job.refreshing);
        // keyed by batch: a job's batches are looked up side by side, on every partition (their order is no matter)
        return outbox.add(Topics.LOOKUP_REQUESTED, EventTypes.LOOKUP_REQUESTED, batch.id, job, event);
    }
}
