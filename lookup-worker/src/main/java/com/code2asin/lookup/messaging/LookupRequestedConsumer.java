package com.code2asin.lookup.messaging;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.quota.Delays;
import com.code2asin.lookup.quota.ProviderMetrics;
import com.code2asin.lookup.repository.ProcessedBatchRepository;
import com.code2asin.lookup.service.LookupService;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ImageRequested;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.support.JobLogs;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code lookup.requested}: skips an attempt already answered, looks the batch up, publishes
 * {@code batch.done} and one {@code image.requested} per matched item with images, then records the attempt.
 * A crash before the record means a redelivery and a duplicate {@code batch.done}, which job-api applies idempotently.
 * Each step is retried on its own when it fails in a way that passes ({@link ConsumerRetries}), so a publication that
 * timed out does not look the batch up again; the lookup has a deadline ({@code max-batch-wait}), past which its items
 * fail as {@code api_rate_limit} and job-api retries them later, so no record waits longer than the channel allows.
 * <p>
 * The replica has up to {@code batches-in-flight} batches under way at once, whichever consumer of the channel took
 * them, and acknowledges each when it is done, in any order (the channel's {@code throttled} commit strategy commits
 * an offset once every record before it is acknowledged): a batch waiting for its tenant's Amazon quota does not hold
 * up another tenant's batch behind it.
 */
@ApplicationScoped
public class LookupRequestedConsumer {

    private final LookupService lookups;
    private final ProcessedBatchRepository processed;
    private final BatchDonePublisher batchDone;
    private final ImageRequestedPublisher imageRequested;
    private final ConsumerRetries retries;
    private final Delays delays;
    private final Duration maxBatchWait;
    private final BatchSlots slots;
    private final ProviderMetrics metrics;
    /** The attempts being looked up here now: a redelivery of one waits for it, and is then skipped as answered. */
    private final Map<String, CompletableFuture<Void>> underWay = new ConcurrentHashMap<>();

    LookupRequestedConsumer(LookupService lookups, ProcessedBatchRepository processed, BatchDonePublisher batchDone,
                            ImageRequestedPublisher imageRequested, ConsumerRetries retries, Delays delays,
                            LookupConfig config, ProviderMetrics metrics) {
        this.metrics = metrics;
        this.lookups = lookups;
        this.processed = processed;
        this.batchDone = batchDone;
        this.imageRequested = imageRequested;
        this.retries = retries;
        this.delays = delays;
        this.maxBatchWait = config.maxBatchWait();
        this.slots = new BatchSlots(config.batchesInFlight());
    }

    /**
     * Takes a slot, starts the batch and asks for the next record; the batch acknowledges its record when it is done,
     * or hands it to the dead-letter topic when it fails.
     */
    @Incoming("lookup-requested")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> receive(Message<LookupRequested> record) {
        return slots.take().invoke(() -> Uni.createFrom().deferred(() -> process(record.getPayload()))
                .subscribe().with(
                        done -> {
                            slots.give();
                            record.ack();
                        },
                        failure -> {
                            slots.give();
                            record.nack(failure);
                        }));
    }

    /** One batch, from the dedupe check to the record of its answer. */
    public Uni<Void> process(LookupRequested batch) {
        if (batch == null || batch.batchId() == null || batch.jobId() == null || batch.items() == null) {
            throw new IllegalArgumentException("lookup.requested without batch_id, job_id or items: not a valid event");
        }
        JobLogs.about(batch.jobId(), batch.tenant());
        String key = batch.batchId() + "#" + batch.attempt();
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> earlier = underWay.putIfAbsent(key, mine);
        if (earlier != null) {
            return Uni.createFrom().completionStage(earlier).chain(() -> process(batch));
        }
        return answer(batch).onTermination().invoke(() -> {
            underWay.remove(key, mine);
            mine.complete(null);
        });
    }

    private Uni<Void> answer(LookupRequested batch) {
        String what = "batch " + batch.batchId() + " attempt " + batch.attempt();
        return retries.apply("dedupe check of " + what, () -> processed.alreadyProcessed(batch.batchId(),
                batch.attempt())).flatMap(seen -> {
            if (seen) {
                Log.infof("%s already answered, skipped", what);
                return Uni.createFrom().voidItem();
            }
            long started = System.nanoTime();
            return lookUp(batch, what)
                    .invoke(() -> metrics.batchAnswered(batch.provider(), Duration.ofNanos(System.nanoTime() - started)))
                    .call(done -> retries.apply("batch.done of " + what, () -> batchDone.publish(done)))
                    .call(done -> retries.apply("image.requested of " + what, () -> requestImages(batch, done)))
                    .call(() -> retries.apply("record of " + what, () -> processed.record(batch.batchId(),
                            batch.attempt(), batch.items().size())))
                    .replaceWithVoid();
        });
    }

    /** The lookup, retried as a whole while it fails in a way that passes, and answered as failed past the deadline. */
    private Uni<BatchDone> lookUp(LookupRequested batch, String what) {
        Uni<BatchDone> answered = retries.apply("lookup of " + what, () -> lookups.lookup(batch));
        Uni<BatchDone> late = delays.sleep(maxBatchWait).map(ignored -> {
            String limit = maxBatchWait.toString().substring(2).toLowerCase();
            Log.warnf("%s not answered within %s, its items fail as api_rate_limit", what, limit);
            return lookups.failed(batch, ErrorCategory.API_RATE_LIMIT, "not answered within " + limit
                    + " (lookup-worker.max-batch-wait): Amazon's quota or Retry-After held the batch up; "
                    + "retried later");
        });
        return Uni.combine().any().of(answered, late);
    }

    private Uni<Void> requestImages(LookupRequested batch, BatchDone done) {
        if (!batch.downloadImages()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = done.items().stream()
                .map(result -> imageRequest(batch, result))
                .filter(Objects::nonNull)
                .map(imageRequested::publish)
                .toList();
        return sends.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(sends).andFailFast().replaceWithVoid();
    }

    private static ImageRequested imageRequest(LookupRequested batch, ItemResult result) {
        if (result.status() != ItemStatus.MATCHED) {
            return null;
        }
        Candidate chosen = result.candidates().stream().filter(c -> c.asin().equals(result.chosen())).findFirst()
                .orElse(null);
        if (chosen == null || chosen.images() == null || chosen.images().isEmpty()) {
            return null;
        }
        int max = Math.max(1, batch.maxImages());
        return new ImageRequested(batch.jobId(), result.itemId(), batch.tenant(), productKey(batch, result),
                chosen.asin(), chosen.images().stream().limit(max).toList(), batch.imageMode(), max);
    }

    /** The seller's product the images are stored for; an item of a batch sent before products had keys, its own. */
    private static String productKey(LookupRequested batch, ItemResult result) {
        return batch.items().stream().filter(i -> i.itemId().equals(result.itemId())).map(LookupItem::productKey)
                .filter(Objects::nonNull).findFirst().orElse(result.itemId().toString());
    }
}
