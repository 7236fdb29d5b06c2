package com.code2asin.jobs.config;

import com.code2asin.model.Marketplace;
import io.smallrye.config.ConfigMapping;
import com.code2asin.model.event.ImageMode;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** job-api settings; every key can be given as an environment variable (JOB_API_BATCH_SIZE, ...). */
@ConfigMapping(prefix = "job-api")
public interface JobApiConfig {

    /**
     * The most images a product keeps, whatever a job asks: a larger max_images_per_product is refused (400) rather
     * than lowered. The same value as image-fetcher's {@code image-fetcher.max-images}.
     */
    @WithDefault("10")
    int maxImagesPerProduct();

    /**
     * Codes per lookup.requested batch. lookup-worker packs them 20 to an SP-API call by identifier form, so a
     * batch of several calls wastes less quota on half-full calls and costs one event and one answer, not five.
     */
    @WithDefault("100")
    int batchSize();

    /**
     * A difference between Amazon's price and the seller's own (in percent of the seller's) above this raises a
     * {@code price.alert} and marks the result.
     */
    @WithDefault("10")
    java.math.BigDecimal priceAlertThresholdPercent();

    /** How often job-api looks for jobs whose scheduled refresh is due (set in application.properties). */
    Duration refreshCheckEvery();

    /** How often the jobs are counted by state for /q/metrics (a scrape never queries the database). */
    @WithDefault("30s")
    Duration metricsEvery();

    /** Batches in flight per job: flow control, so one big job cannot flood the workers. */
    @WithDefault("4")
    int window();

    /** Batches in flight for all jobs together, shared fairly between tenants, then between a tenant's jobs. */
    @WithDefault("16")
    int maxInFlight();

    /** How often the dispatcher looks for work when no answer asks it to (a job started, a retry due, a batch late). */
    @WithDefault("1s")
    Duration dispatchInterval();

    /** How often the outbox is read for events not yet on Kafka (a transaction also asks for a relay at commit). */
    @WithDefault("1s")
    Duration outboxInterval();

    /**
     * Least time between two dispatch rounds started by answers (each batch.done asks for one): answers coming many
     * a second are met by a few rounds a second, each sending several batches.
     */
    @WithDefault("100ms")
    Duration dispatchGap();

    /**
     * A batch without batch.done this long after Kafka took it is sent again with the next attempt number. Longer
     * than lookup-worker's max-batch-wait (10m) and its retries: a worker waiting on Amazon's quota or Retry-After
     * answers first (items it could not look up fail as api_rate_limit and are retried on schedule), so a waiting
     * batch is never raced by a second attempt spending quota again. A worker that dies does not need this clock:
     * Kafka hands its uncommitted record to another replica.
     */
    @WithDefault("15m")
    Duration batchTimeout();

    /**
     * How many times a batch is sent before its items stop waiting for it: when the last attempt is overdue too, they
     * fail for an unknown reason and go back to the retry schedule in new batches. Bounds the wait on a request
     * lookup-worker never answers (one it refuses to its dead-letter topic) to this many batch timeouts.
     */
    @WithDefault("4")
    int maxBatchAttempts();

    /**
     * How long an item waits for image-fetcher's images.stored once its lookup asked for images; past it the item
     * completes without them (timed out, said on the timeline) and a retry of the job asks again.
     */
    @WithDefault("10m")
    Duration imagesTimeout();

    /**
     * An export export-service has not answered this long after it was asked is recorded failed with that reason
     * (it can be asked again; a late answer still completes it), so no export shows "requested" forever.
     */
    @WithDefault("10m")
    Duration exportTimeout();

    /** How often exports past export-timeout are looked for. */
    @WithDefault("1m")
    Duration exportSweep();

    /** Marketplace used when a job names none. */
    @WithDefault("FR")
    @WithConverter(MarketplaceConverter.class)
    Marketplace defaultMarketplace();

    /** Provider used when a job names none. */
    @WithDefault("sp-api")
    String defaultProvider();

    /** The least confidence a candidate needs to be matched automatically, when a job names none. */
    @WithDefault("0.85")
    double defaultConfidenceThreshold();

    /** Images stored per product when a job names no number (at most max-images-per-product). */
    @WithDefault("5")
    int defaultMaxImagesPerProduct();

    /** What becomes of a product's images stored before, when a job names no image_mode. */
    @WithDefault("replace")
    ImageMode defaultImageMode();

    /** Retries a job may have (max_retries). */
    @WithDefault("5")
    int maxRetries();

    /** When an item whose lookup failed for a transient reason is tried again: one delay per automatic retry. */
    @WithDefault("1m,5m,15m,60m,240m")
    List<Duration> retrySchedule();

    /**
     * How long a try of a job's completion (snapshot, final state) holds the job before the next may start, one
     * delay per try: a try that fails or never ends (process killed) is followed by the next; when they are spent,
     * the job ends failed.
     */
    @WithDefault("1m,2m,5m,15m,30m")
    List<Duration> completionRetrySchedule();

    /** Jobs one replica completes at the same time (each streams all its results to S3). */
    @WithDefault("2")
    int completionConcurrency();

    /**
     * The largest JSON request body taken, in bytes (job creation from JSON is parsed whole: 100,000 items fit);
     * a larger one is answered 413, one without a Content-Length 411.
     */
    @WithDefault("33554432")
    long maxJsonBytes();

    /** The most codes one job takes, as file rows or JSON items; a larger job is answered 413 and nothing is kept. */
    @WithDefault("1000000")
    int maxCodes();

    /**
     * Further tries of a consumed event whose failure may pass (PostgreSQL restarting, a connection lost) before it
     * goes to its dead-letter topic; the first waits {@code consumer-retry-delay}, each next about twice as long.
     */
    @WithDefault("5")
    int consumerRetries();

    @WithDefault("1s")
    Duration consumerRetryDelay();

    /**
     * How long the compatibility export path ({@code POST /export/results/{id}}) waits for the file before it answers 202
     * with where to follow the export; the request holds no thread meanwhile.
     */
    @WithDefault("30s")
    Duration compatibilityExportWait();

    /** Bucket holding uploads, snapshots, images and exports. */
    @WithDefault("code2asin")
    String bucket();

    /** The largest upload taken, in bytes (100 MB); a larger one is answered 413. */
    @WithDefault("104857600")
    long maxUploadBytes();

    /**
     * How long the providers' raw answers of items' change logs are kept; the entries themselves stay with their
     * job. The hourly sweep drops at most {@code raw-answer-sweep-limit} at a time.
     */
    @WithDefault("30d")
    Duration rawAnswerRetention();

    @WithDefault("50000")
    int rawAnswerSweepLimit();

    /** How long relayed outbox events are kept before the hourly prune removes them. */
    @WithDefault("7d")
    Duration outboxRetention();

    /** Token claim that names the caller's tenant. */
    @WithDefault("tenant")
    String tenantClaim();

    /** The bearer tokens whose checked identity job-api keeps (the rest.VerifiedTokens cache). */
    VerifiedTokens verifiedTokens();

    interface VerifiedTokens {
        /**
         * Tokens kept at most, the least used going first: a few kilobytes each (the token and its claims), so the
         * default holds a minute of a thousand clients' tokens in a few MB of job-api's heap.
         */
        @WithDefault("1000")
        int maxSize();

        /**
         * The longest a token is kept before it is checked again, however far off its expiry: how long a token
         * signed with a key the realm has since withdrawn is still taken.
         */
        @WithDefault("60s")
        Duration maxAge();
    }

    /** What the web console on /console/ needs to log its user in and to reach lookup-worker. */
    Console console();

    interface Console {
        /** The realm's URL as browsers reach it; by default job-api's own ({@code quarkus.oidc.auth-server-url}). */
        java.util.Optional<String> authServerUrl();

        /** The realm's public client of the console (authorization code with PKCE). */
        @WithDefault("code2asin-console")
        String clientId();

        /** Where browsers reach lookup-worker's API; none: the console's own origin (both behind the gateway). */
        java.util.Optional<String> lookupUrl();
    }
}
