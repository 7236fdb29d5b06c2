package com.code2asin.jobs.service;

import com.code2asin.jobs.client.ObjectStore;
import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.repository.ResultReader;
import com.code2asin.model.event.StoredImage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * The images stored for a job item's product, served through job-api: only an image the item lists, of a job of the
 * caller's tenant, is read from S3, so a link cannot be turned to another tenant's object.
 */
@ApplicationScoped
public class ProductImages {

    /** An image to stream: its object and Content-Type. */
    public record Image(String key, String contentType, long bytes) {
    }

    private final ResultReader reader;
    private final ObjectStore store;
    private final ObjectReader images;

    ProductImages(ResultReader reader, ObjectStore store, ObjectMapper json) {
        this.reader = reader;
        this.store = store;
        this.images = json.readerForListOf(StoredImage.class);
    }

    public Uni<Image> find(UUID jobId, UUID itemId, String sha256, String tenant) {
        return reader.storedImages(jobId, itemId, tenant).chain(stored -> {
            StoredImage image = stored.map(this::parse).orElseThrow(() -> NotFoundException.result(jobId, itemId))
                    .stream().filter(i -> sha256.equals(i.sha256())).findFirst()
                    .orElseThrow(() -> new NotFoundException("item " + itemId + " has no stored image " + sha256
                            + ": see stored_images in its result"));
            return store.contentType(image.key()).map(type -> new Image(image.key(), type, image.bytes()));
        });
    }

    public Multi<byte[]> read(Image image) {
        return store.read(image.key());
    }

    private List<StoredImage> parse(String json) {
        try {
            return images.readValue(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored images are not readable JSON: " + e.getMessage(), e);
        }
    }
}
