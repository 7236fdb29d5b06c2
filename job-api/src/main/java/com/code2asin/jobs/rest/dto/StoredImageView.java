package com.code2asin.jobs.rest.dto;

import com.code2asin.model.event.StoredImage;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An image stored in S3 for an item's product: its object key, size and digest, and the job-api route that streams
 * it to whoever may read the job (a PIM fetches it there, no S3 credentials needed).
 */
public record StoredImageView(String key, @Schema(nullable = true) String sha256, int width, int height, long bytes,
                              @Schema(nullable = true) String url) {

    static StoredImageView of(UUID jobId, UUID itemId, StoredImage image) {
        return new StoredImageView(image.key(), image.sha256(), image.width(), image.height(), image.bytes(),
                "/api/v1/code2asin/jobs/" + jobId + "/results/" + itemId + "/images/" + image.sha256());
    }
}
