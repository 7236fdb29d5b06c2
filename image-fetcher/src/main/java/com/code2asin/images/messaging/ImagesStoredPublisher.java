package com.code2asin.images.messaging;

import com.code2asin.model.EventTypes;
import com.code2asin.model.event.ImagesStored;
import com.code2asin.support.CloudEventMessages;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** {@code images.stored} on {@code code2asin.images-stored.v1}: CloudEvents binary headers, key = job id. */
@ApplicationScoped
public class ImagesStoredPublisher {

    private static final URI SOURCE = URI.create("/code2asin/image-fetcher");

    private final MutinyEmitter<ImagesStored> emitter;

    public ImagesStoredPublisher(@Channel("images-stored") MutinyEmitter<ImagesStored> emitter) {
        this.emitter = emitter;
    }

    /** Completes when the broker has acknowledged the record. */
    public Uni<Void> publish(ImagesStored event) {
        String jobId = event.jobId().toString();
        return emitter.sendMessage(CloudEventMessages.of(event, SOURCE, EventTypes.IMAGES_STORED, jobId, event.tenant(),
                jobId));
    }
}
