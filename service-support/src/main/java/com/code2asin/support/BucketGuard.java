package com.code2asin.support;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.errors.ErrorResponseException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jboss.logging.Logger;

/**
 * A service's S3 bucket, made sure of without holding up the start: S3 may come up after the service. {@link #start()}
 * ensures the bucket (created when missing; another service creating it at the same moment is fine) on a virtual
 * thread, again after waits doubling from 1 s to 30 s until S3 answers, or until {@link #stop()} at shutdown. A write
 * before then calls {@link #ensure()}, which tries once more itself. Each distinct failure is logged once and the last
 * one kept: as the readiness check {@code s3} ({@link #call()}) the guard is DOWN with it until the bucket is there.
 * Blocking: call {@link #ensure()} from a worker thread, never from the event loop.
 */
public class BucketGuard implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(BucketGuard.class);
    private static final Set<String> ALREADY_THERE = Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists");
    private static final String NOT_CHECKED = "not checked yet";

    private final MinioClient minio;
    private final String bucket;
    private final Duration firstWait;
    private final Duration longestWait;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicReference<String> lastError = new AtomicReference<>(NOT_CHECKED);
    private volatile boolean stopped;
    private Thread ensuring;

    public BucketGuard(MinioClient minio, String bucket) {
        this(minio, bucket, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    BucketGuard(MinioClient minio, String bucket, Duration firstWait, Duration longestWait) {
        this.minio = minio;
        this.bucket = bucket;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
    }

    /** Ensures the bucket in the background until it is there or the guard is stopped; a second call does nothing. */
    public synchronized void start() {
        if (ensuring == null && !stopped) {
            ensuring = Thread.ofVirtual().name("s3-bucket-" + bucket).start(this::ensureUntilReady);
        }
    }

    /** Stops ensuring in the background (shutdown); {@link #ensure()} still tries when called. */
    public synchronized void stop() {
        stopped = true;
        if (ensuring != null) {
            ensuring.interrupt();
        }
    }

    /** Whether the background work is still going on. */
    synchronized boolean ensuring() {
        return ensuring != null && ensuring.isAlive();
    }

    public String bucket() {
        return bucket;
    }

    /** Whether S3 has answered that the bucket is there (it was, or was created) since the service started. */
    public boolean ready() {
        return ready.get();
    }

    /** The last failure to reach or create the bucket ("not checked yet" before the first try). */
    public String lastError() {
        return lastError.get();
    }

    /** Nothing once the bucket is there; else one try now, failing with {@link BucketUnavailableException}. */
    public void ensure() {
        if (ready.get()) {
            return;
        }
        try {
            if (!minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                create();
            }
        } catch (Exception e) {
            throw failed(e);
        }
        if (ready.compareAndSet(false, true)) {
            LOG.infof("S3 bucket %s is ready", bucket);
        }
    }

    /** The readiness check {@code s3}: UP once the bucket is there, DOWN with the last failure until then. */
    @Override
    public HealthCheckResponse call() {
        boolean up = ready.get();
        HealthCheckResponseBuilder check = HealthCheckResponse.named("s3").status(up).withData("bucket", bucket);
        return (up ? check : check.withData("error", lastError.get())).build();
    }

    private void create() throws Exception {
        try {
            minio.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            LOG.infof("Created S3 bucket %s", bucket);
        } catch (ErrorResponseException e) {
            if (e.errorResponse() == null || !ALREADY_THERE.contains(e.errorResponse().code())) {
                throw e;
            }
        }
    }

    private BucketUnavailableException failed(Exception e) {
        BucketUnavailableException failure = new BucketUnavailableException(bucket, e);
        if (stopped) {
            return failure; // interrupted by the shutdown: nothing to tell
        }
        String error = e.toString();
        if (!Objects.equals(lastError.getAndSet(error), error)) {
            LOG.warnf("S3 bucket %s not reachable (not ready, tried again in the background): %s", bucket, error);
        } else {
            LOG.debugf("S3 bucket %s still not reachable: %s", bucket, error);
        }
        return failure;
    }

    private void ensureUntilReady() {
        Duration wait = firstWait;
        while (!ready.get() && !stopped) {
            try {
                ensure();
            } catch (BucketUnavailableException e) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException stopping) {
                    return;
                }
                Duration next = wait.multipliedBy(2);
                wait = next.compareTo(longestWait) < 0 ? next : longestWait;
            }
        }
    }
}
