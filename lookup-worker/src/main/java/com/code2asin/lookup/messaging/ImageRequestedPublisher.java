package com.code2asin.lookup.messaging;

import com.code2asin.model.EventTypes;
import com.code2asin.model.event.ImageRequested;
import com.code2asin.support.CloudEventMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes {@code image.requested} on {@code code2asin.image-requested.v1}, keyed by product id. */
@ApplicationScoped
public class ImageRequestedPublisher {

    private final MutinyEmitter<ImageRequested> emitter;

    ImageRequestedPublisher(@Channel("image-requested") MutinyEmitter<ImageRequested> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> publish(ImageRequested request) {
        return emitter.sendMessage(CloudEventMessages.of(request, BatchDonePublisher.SOURCE,
                EventTypes.IMAGE_REQUESTED, request.jobId().toString(), request.tenant(), request.productKey()));
    }
}
