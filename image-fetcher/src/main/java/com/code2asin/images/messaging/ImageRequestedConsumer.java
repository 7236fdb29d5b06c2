package com.code2asin.images.messaging;

import com.code2asin.images.domain.ProcessedRequest;
import com.code2asin.images.service.ImageService;
import com.code2asin.model.event.ImageRequested;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code code2asin.image-requested.v1}. A request seen before is not fetched again: the outcome recorded with it is
 * published again, so an {@code images.stored} lost by a crash between commit and send is not lost for good.
 * The record is acknowledged once the event is sent; a failure sends it to {@code <topic>.dlq}.
 */
@ApplicationScoped
public class ImageRequestedConsumer {

    private final ImageService images;
    private final ImagesStoredPublisher publisher;

    public ImageRequestedConsumer(ImageService images, ImagesStoredPublisher publisher) {
        this.images = images;
        this.publisher = publisher;
    }

    @Incoming("image-requested")
    public Uni<Void> consume(ImageRequested request) {
        String key = ProcessedRequest.keyOf(request);
        return images.recordedOutcome(key)
                .onItem().ifNotNull().invoke(() -> Log.infof("Image request %s already processed; re-publishing its outcome", key))
                .onItem().ifNull().switchTo(() -> images.process(key, request))
                .invoke(outcome -> Log.infof("Product %s: %d images stored, %d skipped, %d failed (job %s, item %s)",
                        outcome.productId(), outcome.stored().size(), outcome.skipped(), outcome.failed(),
                        outcome.jobId(), outcome.itemId()))
                .chain(publisher::publish)
                .onFailure().invoke(failure -> Log.errorf(failure, "Image request %s failed; it goes to the dead-letter topic", key));
    }
}
