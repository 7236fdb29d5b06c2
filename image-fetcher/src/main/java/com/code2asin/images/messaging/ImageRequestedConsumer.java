package com.code2asin.images.messaging;

import com.code2asin.images.domain.ProcessedRequest;
import com.code2asin.images.service.ImageService;
import com.code2asin.model.event.ImageRequested;
import com.code2asin.support.JobLogs;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code code2asin.image-requested.v1}. A request seen before is not fetched again: the outcome recorded with it is
 * published again, so an {@code images.stored} lost by a crash between commit and send is not lost for good.
 * The record is acknowledged once the event is sent. A failure that passes by itself (S3, PostgreSQL or Kafka away
 * for a moment) is tried again a few times ({@link ConsumerRetries}); any other failure, or one that outlasts the
 * retries, sends the record to {@code <topic>.dlq}.
 */
@ApplicationScoped
public class ImageRequestedConsumer {

    private final ImageService images;
    private final ImagesStoredPublisher publisher;
    private final ConsumerRetries retries;

    public ImageRequestedConsumer(ImageService images, ImagesStoredPublisher publisher, ConsumerRetries retries) {
        this.images = images;
        this.publisher = publisher;
        this.retries = retries;
    }

    @Incoming("image-requested")
    public Uni<Void> consume(ImageRequested request) {
        if (request != null) {
            JobLogs.about(request.jobId(), request.tenant());
        }
        String key = ProcessedRequest.keyOf(request);
        return retries.apply("Image request " + key, () -> handle(key, request))
                .onFailure().invoke(failure -> Log.errorf(failure, "Image request %s failed; it goes to the dead-letter topic", key));
    }

    private Uni<Void> handle(String key, ImageRequested request) {
        return images.recordedOutcome(key)
                .onItem().ifNotNull().invoke(() -> Log.infof("Image request %s already processed; re-publishing its outcome", key))
                .onItem().ifNull().switchTo(() -> images.process(key, request))
                .invoke(outcome -> Log.infof("Product %s: %d images stored, %d skipped, %d failed (job %s, item %s)",
                        outcome.productKey(), outcome.stored().size(), outcome.skipped(), outcome.failed(),
                        outcome.jobId(), outcome.itemId()))
                .chain(publisher::publish);
    }
}
