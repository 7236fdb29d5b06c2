package com.code2asin.images.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** image-fetcher settings. */
@ConfigMapping(prefix = "image-fetcher")
public interface ImageFetcherConfig {

    /** Hosts images may be downloaded from (exact names, http or https). */
    @WithDefault("m.media-amazon.com,images-na.ssl-images-amazon.com")
    List<String> allowedHosts();

    /** Deadline for one image download, redirects and body included. */
    @WithDefault("10s")
    Duration downloadTimeout();

    /** Largest image accepted; a bigger body is abandoned as soon as it passes this size. */
    @WithDefault("10M")
    MemorySize maxImageSize();

    /** Upper bound on the images fetched for one request, whatever its max_images asks. */
    @WithDefault("10")
    int maxImages();

    /**
     * Further tries of an image request whose failure may pass (S3 down for a moment, PostgreSQL restarting, a
     * connection lost) before it goes to the dead-letter topic; other failures go there at once. Nine tries 2 s to
     * 16 s apart span 110 s, so an S3 restart of a minute or two costs no image (bench faults s3_outage_60s sent
     * requests to the dead-letter topic with 23 s of tries).
     */
    @WithDefault("9")
    int consumerRetries();

    /** The wait before the first further try; each next waits twice as long, at most eight times this. */
    @WithDefault("2s")
    Duration consumerRetryDelay();

    /** S3 bucket holding the {@code products/} prefix. */
    @WithDefault("code2asin")
    String bucket();
}
