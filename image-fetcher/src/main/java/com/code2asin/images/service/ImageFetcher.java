package com.code2asin.images.service;

import com.code2asin.images.client.ImageDownloader;
import com.code2asin.images.client.ObjectStore;
import com.code2asin.images.domain.FetchResult;
import com.code2asin.images.domain.FetchedImage;
import com.code2asin.images.domain.ImageKeys;
import com.code2asin.images.domain.ImageRejectedException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fetches a product's image URLs into S3: policy, download, decode, hash, upload unless the same bytes are already
 * there. The URLs of one product are fetched in parallel on virtual threads, since each one mostly waits on the image
 * host and S3. Blocking from end to end: run it on a worker thread. A URL that fails is counted and logged, the others
 * go on; an S3 failure fails the whole request (it is not the URL's fault and must be retried).
 */
@ApplicationScoped
public class ImageFetcher {

    private final ImageDownloader downloader;
    private final ObjectStore store;

    public ImageFetcher(ImageDownloader downloader, ObjectStore store) {
        this.downloader = downloader;
        this.store = store;
    }

    public FetchResult fetchAll(String tenant, String productKey, List<String> urls) {
        List<Future<FetchedImage>> fetches;
        try (ExecutorService parallel = Executors.newVirtualThreadPerTaskExecutor()) {
            fetches = urls.stream().map(url -> parallel.submit(() -> fetchOrLog(tenant, productKey, url))).toList();
        }
        Map<String, FetchedImage> bySha = new LinkedHashMap<>();
        int skipped = 0;
        int failed = 0;
        for (Future<FetchedImage> fetch : fetches) {
            FetchedImage image = outcome(fetch);
            if (image == null) {
                failed++;
            } else if (bySha.putIfAbsent(image.sha256(), image) != null) {
                skipped++; // the same bytes under a second URL
            }
        }
        return new FetchResult(List.copyOf(bySha.values()), skipped, failed);
    }

    /** The stored image, or null when the URL was rejected (logged here). */
    private FetchedImage fetchOrLog(String tenant, String productKey, String url) {
        try {
            return fetch(tenant, productKey, url);
        } catch (ImageRejectedException e) {
            Log.warnf("Image %s of product %s not stored: %s", url, productKey, e.getMessage());
            return null;
        }
    }

    /** Called once the executor has closed, so every future is done; an S3 failure is rethrown as it was. */
    private static FetchedImage outcome(Future<FetchedImage> fetch) {
        try {
            return fetch.resultNow();
        } catch (IllegalStateException notASuccess) {
            Throwable cause = fetch.exceptionNow();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private FetchedImage fetch(String tenant, String productKey, String url) throws ImageRejectedException {
        ImageDownloader.Download download = downloader.download(parse(url));
        byte[] body = download.body();
        ImageInspector.Dimensions size = ImageInspector.inspect(body);
        String sha256 = sha256(body);
        String key = ImageKeys.objectKey(tenant, productKey, sha256);
        if (store.exists(key)) {
            Log.debugf("Image %s already stored as %s", url, key);
        } else {
            store.put(key, body, size.contentType());
        }
        return new FetchedImage(key, sha256, size.width(), size.height(), body.length, size.contentType());
    }

    private static URI parse(String url) throws ImageRejectedException {
        try {
            return new URI(url == null ? "" : url.trim());
        } catch (java.net.URISyntaxException e) {
            throw new ImageRejectedException("not a valid URL: " + e.getMessage());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
