package com.code2asin.images.client;

import com.code2asin.images.config.ImageFetcherConfig;
import com.code2asin.images.domain.HostPolicy;
import com.code2asin.images.domain.ImageRejectedException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Downloads images from the product image CDN with the Vert.x HTTP client. Blocking: call it from a worker or virtual
 * thread. Every hop (the URL and each redirect) goes through the {@link HostPolicy} and connects to an address that
 * policy checked, never to a second DNS answer; the Host header, TLS SNI and the certificate check still use the
 * URL's host name. The whole download, body included, must finish within {@code image-fetcher.download-timeout} and
 * stay under {@code image-fetcher.max-image-size}; a body that passes it is cut off by closing the connection.
 */
@ApplicationScoped
public class ImageDownloader {

    /** A downloaded body and its media type (without parameters), as the server said it. */
    public record Download(byte[] body, String contentType) {
    }

    /** What one hop answered: a redirect to follow, or the image. */
    private record Answer(String location, Download download) {
    }

    private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final String ACCEPT = "image/jpeg, image/png, image/webp";
    private static final int MAX_REDIRECTS = 3;
    /** Connections kept per checked address; a product has at most max-images URLs fetched in parallel. */
    private static final int CONNECTIONS_PER_ADDRESS = 10;

    private final HostPolicy policy;
    private final HttpClient http;
    private final Duration timeout;
    private final int maxBytes;

    @Inject
    public ImageDownloader(Vertx vertx, ImageFetcherConfig config) {
        this(vertx, new HostPolicy(config.allowedHosts(), InetAddress::getAllByName), config.downloadTimeout(),
                config.maxImageSize().asLongValue());
    }

    ImageDownloader(Vertx vertx, HostPolicy policy, Duration timeout, long maxImageSize) {
        this.policy = policy;
        this.timeout = timeout;
        this.maxBytes = (int) Math.min(maxImageSize, Integer.MAX_VALUE - 16);
        // TLS takes the request's host (the URL's) as its peer: SNI names it, the certificate must match it.
        // An idle connection is dropped before a CDN would drop it under a new request.
        this.http = vertx.createHttpClient(new HttpClientOptions().setVerifyHost(true).setKeepAliveTimeout(5),
                new PoolOptions().setHttp1MaxSize(CONNECTIONS_PER_ADDRESS));
    }

    @PreDestroy
    void close() {
        http.close();
    }

    public Download download(URI url) throws ImageRejectedException {
        Instant deadline = Instant.now().plus(timeout);
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            List<InetAddress> checked = policy.check(current);
            Answer answer = exchange(current, checked, deadline);
            if (answer.location() == null) {
                return answer.download();
            }
            current = current.resolve(answer.location());
        }
        throw new ImageRejectedException("more than " + MAX_REDIRECTS + " redirects from " + url);
    }

    /**
     * One request to the first of the checked addresses that takes the connection. Whatever ends it other than a
     * whole body read (a redirect, an error, the size cap, the deadline) closes the connection.
     */
    private Answer exchange(URI uri, List<InetAddress> checked, Instant deadline) throws ImageRejectedException {
        String where = uri + " at "
                + checked.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", "));
        Promise<Answer> answer = Promise.promise();
        connect(uri, checked, 0, millisLeft(deadline)).onComplete(connected -> {
            if (connected.failed()) {
                answer.tryFail(connected.cause());
                return;
            }
            HttpClientRequest request = connected.result();
            answer.future().onComplete(done -> {
                if (done.failed() || done.result().location() != null) {
                    request.reset();
                }
            });
            request.send().compose(response -> read(response, where)).onComplete(read -> {
                if (read.succeeded()) {
                    answer.tryComplete(read.result());
                } else {
                    answer.tryFail(read.cause());
                }
            });
        });
        try {
            return answer.future().toCompletionStage().toCompletableFuture()
                    .get(millisLeft(deadline), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.tryFail(e);
            throw new ImageRejectedException("no answer within " + timeout.toSeconds() + " s from " + where);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImageRejectedException rejected) {
                throw rejected;
            }
            throw new ImageRejectedException("download from " + where + " failed: " + e.getCause());
        } catch (InterruptedException e) {
            answer.tryFail(e);
            Thread.currentThread().interrupt();
            throw new ImageRejectedException("download from " + where + " interrupted");
        }
    }

    private Future<HttpClientRequest> connect(URI uri, List<InetAddress> checked, int index, long connectMillis) {
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(checked.get(index), port)))
                .setHost(uri.getHost())
                .setPort(port)
                .setSsl(https)
                .setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
                .setFollowRedirects(false) // redirects are followed here, through the policy
                .setConnectTimeout(connectMillis)
                .putHeader(HttpHeaders.ACCEPT, ACCEPT);
        return http.request(options).recover(failure -> index + 1 < checked.size()
                ? connect(uri, checked, index + 1, connectMillis)
                : Future.failedFuture(failure));
    }

    /** Runs on the event loop as the response head arrives, so no body chunk passes by unread. */
    private Future<Answer> read(HttpClientResponse response, String where) {
        response.exceptionHandler(reset -> { }); // a response not read to its end is reset on purpose, not an error
        int status = response.statusCode();
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (status >= 300 && status < 400 && location != null) {
            return Future.succeededFuture(new Answer(location, null));
        }
        if (status != 200) {
            return Future.failedFuture(new ImageRejectedException("HTTP " + status + " from " + where));
        }
        String type = mediaType(response.getHeader(HttpHeaders.CONTENT_TYPE));
        if (!IMAGE_TYPES.contains(type)) {
            return Future.failedFuture(new ImageRejectedException(
                    "Content-Type '" + type + "' is not image/jpeg, image/png or image/webp"));
        }
        if (contentLength(response.getHeader(HttpHeaders.CONTENT_LENGTH)) > maxBytes) {
            return Future.failedFuture(tooLarge());
        }
        Promise<Answer> body = Promise.promise();
        Buffer bytes = Buffer.buffer();
        response.handler(chunk -> {
            if (body.future().isComplete()) {
                return;
            }
            if (bytes.length() + chunk.length() > maxBytes) {
                body.tryFail(tooLarge());
            } else {
                bytes.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(body::tryFail);
        response.endHandler(end -> body.tryComplete(new Answer(null, new Download(bytes.getBytes(), type))));
        return body.future();
    }

    private ImageRejectedException tooLarge() {
        return new ImageRejectedException("image larger than " + maxBytes + " bytes (image-fetcher.max-image-size)");
    }

    private static String mediaType(String header) {
        String value = header == null ? "" : header;
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static long contentLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // the streamed count still applies
        }
    }

    private long millisLeft(Instant deadline) throws ImageRejectedException {
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
            throw new ImageRejectedException("no answer within " + timeout.toSeconds() + " s");
        }
        return left;
    }
}
