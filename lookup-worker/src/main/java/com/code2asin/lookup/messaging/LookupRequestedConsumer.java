package com.code2asin.lookup.messaging;

import com.code2asin.lookup.repository.ProcessedBatchRepository;
import com.code2asin.lookup.service.LookupService;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ImageRequested;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupRequested;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code lookup.requested}: skips an attempt already answered, looks the batch up, publishes
 * {@code batch.done} and one {@code image.requested} per matched item with images, then records the attempt.
 * A crash before the record means a redelivery and a duplicate {@code batch.done}, which job-api applies idempotently.
 */
@ApplicationScoped
public class LookupRequestedConsumer {

    private final LookupService lookups;
    private final ProcessedBatchRepository processed;
    private final BatchDonePublisher batchDone;
    private final ImageRequestedPublisher imageRequested;

    LookupRequestedConsumer(LookupService lookups, ProcessedBatchRepository processed, BatchDonePublisher batchDone,
                            ImageRequestedPublisher imageRequested) {
        this.lookups = lookups;
        this.processed = processed;
        this.batchDone = batchDone;
        this.imageRequested = imageRequested;
    }

    @Incoming("lookup-requested")
    public Uni<Void> consume(LookupRequested batch) {
        if (batch == null || batch.batchId() == null || batch.jobId() == null || batch.items() == null) {
            throw new IllegalArgumentException("lookup.requested without batch_id, job_id or items: not a valid event");
        }
        return processed.alreadyProcessed(batch.batchId(), batch.attempt()).flatMap(seen -> {
            if (seen) {
                Log.infof("batch %s attempt %d already answered, skipped", batch.batchId(), batch.attempt());
                return Uni.createFrom().voidItem();
            }
            return lookups.lookup(batch)
                    .call(batchDone::publish)
                    .call(done -> requestImages(batch, done))
                    .call(() -> processed.record(batch.batchId(), batch.attempt(), batch.items().size()))
                    .replaceWithVoid();
        });
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
        return new ImageRequested(batch.jobId(), result.itemId(), batch.tenant(), result.itemId().toString(),
                chosen.asin(), chosen.images().stream().limit(max).toList(), batch.imageMode(), max);
    }
}
