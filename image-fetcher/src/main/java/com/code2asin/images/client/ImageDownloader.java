package com.code2asin.images.client;

import com.code2asin.images.config.ImageFetcherConfig;
import com.code2asin.images.domain.HostPolicy;
import com.code2asin.images.domain.ImageRejectedException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Downloads images from the product image CDN with the JDK HTTP client. Blocking: call it from a worker thread.
 * Every hop (the URL and each redirect) goes through the {@link HostPolicy}; the whole download, body included,
 * must finish within {@code image-fetcher.download-timeout} and stay under {@code image-fetcher.max-image-size}.
 */
@ApplicationScoped
public class ImageDownloader {

    /** A downloaded body and its media type (without parameters). */
    public record Download(byte[] body, String contentType) {
    }

    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final int MAX_REDIRECTS = 3;

    private final HostPolicy policy;
    private final HttpClient http;
    private final Duration timeout;
    private final int maxBytes;

    public ImageDownloader(ImageFetcherConfig config) {
        this.policy = new HostPolicy(config.allowedHosts(), InetAddress::getAllByName);
        this.timeout = config.downloadTimeout();
        this.maxBytes = (int) Math.min(config.maxImageSize().asLongValue(), Integer.MAX_VALUE - 16);
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER) // redirects are followed by hand, through the policy
                .build();
    }

    @PreDestroy
    void close() {
        http.close();
    }

    public Download download(URI url) throws ImageRejectedException {
        Instant deadline = Instant.now().plus(timeout);
        URI current = url;
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                policy.check(current);
                HttpRequest request = HttpRequest.newBuilder(current)
                        .timeout(remaining(deadline))
                        .header("Accept", "image/jpeg, image/png, image/webp")
                        .GET()
                        .build();
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    int status = response.statusCode();
                    if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                        current = current.resolve(response.headers().firstValue("Location").get());
                        continue;
                    }
                    if (status != 200) {
                        throw new ImageRejectedException("HTTP " + status + " from " + current);
                    }
                    String type = mediaType(response);
                    if (!IMAGE_TYPES.contains(type)) {
                        throw new ImageRejectedException("Content-Type '" + type + "' is not image/jpeg, image/png or image/webp");
                    }
                    if (response.headers().firstValueAsLong("Content-Length").orElse(0) > maxBytes) {
                        throw tooLarge();
                    }
                    return new Download(readLimited(body, deadline), type);
                }
            }
            throw new ImageRejectedException("more than " + MAX_REDIRECTS + " redirects from " + url);
        } catch (HttpTimeoutException e) {
            throw new ImageRejectedException("no answer within " + timeout.toSeconds() + " s from " + current);
        } catch (IOException e) {
            throw new ImageRejectedException("download from " + current + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageRejectedException("download from " + current + " interrupted");
        }
    }

    /** Reads at most maxBytes; closing the stream at the deadline aborts a body that trickles in too slowly. */
    private byte[] readLimited(InputStream body, Instant deadline) throws IOException, ImageRejectedException {
        CompletableFuture<Void> guard = CompletableFuture.runAsync(() -> closeQuietly(body),
                CompletableFuture.delayedExecutor(remaining(deadline).toMillis(), TimeUnit.MILLISECONDS));
        try {
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            if (guard.isDone()) {
                throw new ImageRejectedException("body not received within " + timeout.toSeconds() + " s");
            }
            throw e;
        } finally {
            guard.cancel(false);
        }
    }

    private ImageRejectedException tooLarge() {
        return new ImageRejectedException("image larger than " + maxBytes + " bytes (image-fetcher.max-image-size)");
    }

    private static String mediaType(HttpResponse<?> response) {
        String header = response.headers().firstValue("Content-Type").orElse("");
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static Duration remaining(Instant deadline) throws HttpTimeoutException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new HttpTimeoutException("deadline passed");
        }
        return left;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader sees the failure
        }
    }
}
