package com.code2asin.images.service;

import com.code2asin.images.client.ObjectStore;
import com.code2asin.images.config.ImageFetcherConfig;
import com.code2asin.images.domain.FetchResult;
import com.code2asin.images.domain.FetchedImage;
import com.code2asin.images.domain.ImageKeys;
import com.code2asin.images.domain.ProcessedRequest;
import com.code2asin.images.domain.ProductImage;
import com.code2asin.images.repository.ProcessedRequestRepository;
import com.code2asin.images.repository.ProductImageRepository;
import com.code2asin.model.event.ImageMode;
import com.code2asin.model.event.ImageRequested;
import com.code2asin.model.event.ImagesStored;
import com.code2asin.model.event.StoredImage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Handles one {@code image.requested}: applies the mode, fetches on a worker thread, then records the images and
 * the processed request in one transaction. Blocking work goes through {@code Vertx.executeBlocking}, which runs it
 * on a worker and resumes on the caller's Vert.x context, where the Hibernate Reactive session lives.
 */
@ApplicationScoped
public class ImageService {

    private final ImageFetcher fetcher;
    private final ObjectStore store;
    private final ProductImageRepository images;
    private final ProcessedRequestRepository processed;
    private final ImageFetcherConfig config;
    private final ObjectMapper json;
    private final Vertx vertx;

    public ImageService(ImageFetcher fetcher, ObjectStore store, ProductImageRepository images,
            ProcessedRequestRepository processed, ImageFetcherConfig config, ObjectMapper json, Vertx vertx) {
        this.fetcher = fetcher;
        this.store = store;
        this.images = images;
        this.processed = processed;
        this.config = config;
        this.json = json;
        this.vertx = vertx;
    }

    /** The {@code images.stored} payload recorded for a request already processed, or null. */
    public Uni<ImagesStored> recordedOutcome(String requestKey) {
        return processed.findOutcome(requestKey).map(this::fromJson);
    }

    /**
     * Fetches and records a request that was not processed before; the result is the event to publish, listing every
     * image the product has now, whichever job stored it.
     */
    public Uni<ImagesStored> process(String requestKey, ImageRequested request) {
        Objects.requireNonNull(request.jobId(), "job_id is required");
        Objects.requireNonNull(request.itemId(), "item_id is required");
        String tenant = ImageKeys.requireValidTenant(request.tenant());
        String productKey = ImageKeys.requireValidProductKey(request.productKey());
        ImageMode mode = request.mode() == null ? ImageMode.APPEND : request.mode(); // neither deletes nor skips
        List<String> urls = wantedUrls(request);

        // skip and append act on what the product has from every job: skip keeps it, append fills it up to the max
        Uni<Integer> room = mode == ImageMode.REPLACE ? Uni.createFrom().item(urls.size())
                : images.countByProduct(tenant, productKey).map(stored -> mode == ImageMode.SKIP && stored > 0 ? 0
                        : (int) Math.max(0, Math.min(urls.size(), maxImages(request) - stored)));
        return room
                .chain(wanted -> wanted == 0
                        ? Uni.createFrom().item(FetchResult.skippedAll(urls.size()))
                        : vertx.executeBlocking(() -> fetcher.fetchAll(tenant, productKey, urls.subList(0, wanted)),
                                false).map(result -> result.skippedMore(urls.size() - wanted)))
                .chain(result -> record(requestKey, request, mode, result))
                .call(recorded -> removeObsolete(recorded.replacedKeys()))
                .map(Recorded::outcome)
                .onFailure(ImageService::isDuplicateKey).recoverWithUni(failure -> {
                    // the same request handled concurrently (a rebalance): the other one's outcome stands
                    Log.infof("Image request %s was recorded concurrently; using that outcome", requestKey);
                    return recordedOutcome(requestKey).onItem().ifNull().failWith(() -> failure);
                });
    }

    private List<String> wantedUrls(ImageRequested request) {
        List<String> urls = request.urls() == null ? List.of() : request.urls();
        return urls.stream().distinct().limit(maxImages(request)).toList();
    }

    /** The most images a product keeps: the job's max_images_per_product, within this service's own limit. */
    private int maxImages(ImageRequested request) {
        return request.maxImages() > 0 ? Math.min(request.maxImages(), config.maxImages()) : config.maxImages();
    }

    /** The event to publish, and the objects replaced rows pointed at, to remove after the commit. */
    private record Recorded(ImagesStored outcome, List<String> replacedKeys) {
    }

    /** One transaction: the processed request, the new image rows and, in replace mode, the rows replaced. */
    private Uni<Recorded> record(String requestKey, ImageRequested request, ImageMode mode, FetchResult result) {
        String tenant = request.tenant();
        String productKey = request.productKey();
        Set<String> fresh = result.images().stream().map(FetchedImage::sha256).collect(Collectors.toSet());
        return Panache.withTransaction(() -> images.listByProduct(tenant, productKey).chain(existing -> {
            Set<String> known = existing.stream().map(ProductImage::sha256).collect(Collectors.toSet());
            List<ProductImage> added = result.images().stream()
                    .filter(image -> !known.contains(image.sha256()))
                    .map(image -> ProductImage.of(tenant, productKey, image))
                    .toList();
            // replace never empties a product because every download failed
            List<ProductImage> replaced = mode == ImageMode.REPLACE && !fresh.isEmpty()
                    ? existing.stream().filter(row -> !fresh.contains(row.sha256())).toList()
                    : List.of();
            List<StoredImage> now = java.util.stream.Stream.concat(existing.stream().filter(r -> !replaced.contains(r)),
                    added.stream()).map(ProductImage::toStoredImage).toList();
            ImagesStored outcome = new ImagesStored(request.jobId(), request.itemId(), tenant, productKey, now,
                    result.skipped(), result.failed());
            ProcessedRequest done = new ProcessedRequest(requestKey, request.jobId(), request.itemId(),
                    toJson(outcome));
            Uni<Void> insert = added.isEmpty() ? Uni.createFrom().voidItem() : images.persist(added);
            Uni<Long> delete = replaced.isEmpty()
                    ? Uni.createFrom().item(0L)
                    : images.deleteByProduct(tenant, productKey,
                            replaced.stream().map(ProductImage::sha256).toList());
            return processed.persist(done)
                    .chain(() -> insert)
                    .chain(() -> delete)
                    .replaceWith(new Recorded(outcome, replaced.stream().map(ProductImage::objectKey).toList()));
        }));
    }

    /** After the commit: a crash here leaves unreferenced objects, never rows pointing at deleted objects. */
    private Uni<Void> removeObsolete(List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return vertx.executeBlocking(() -> {
            store.remove(keys);
            Log.infof("Removed %d replaced images: %s", keys.size(), keys);
            return null;
        }, false).onFailure().recoverWithItem(failure -> {
            Log.warnf(failure, "Replaced images %s could not be removed from S3; they are no longer referenced", keys);
            return null;
        }).replaceWithVoid();
    }

    private String toJson(ImagesStored outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("images.stored cannot be written as JSON", e);
        }
    }

    private ImagesStored fromJson(String outcome) {
        if (outcome == null) {
            return null;
        }
        try {
            return json.readValue(outcome, ImagesStored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recorded images.stored is not readable", e);
        }
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
