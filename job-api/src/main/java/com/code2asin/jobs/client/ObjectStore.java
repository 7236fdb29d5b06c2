package com.code2asin.jobs.client;

import com.code2asin.jobs.config.JobApiConfig;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.UploadObjectArgs;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The S3 bucket (MinIO API). The MinIO client blocks, so every call runs on a worker thread and its result comes
 * back on the caller's Vert.x context, where Hibernate Reactive expects to continue. S3 may be away when the service
 * starts: the bucket is then ensured in the background until it answers, and readiness ({@link S3Readiness}) says so
 * meanwhile, instead of the start failing.
 */
@ApplicationScoped
public class ObjectStore {

    private static final int CHUNK = 64 * 1024;

    private final MinioClient minio;
    private final String bucket;
    private volatile boolean bucketReady;
    private volatile String lastFailure = "not tried yet";

    ObjectStore(MinioClient minio, JobApiConfig config) {
        this.minio = minio;
        this.bucket = config.bucket();
    }

    /** From the start, until the bucket has been reached once. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ensureBucketUntilReady() {
        if (!bucketReady) {
            ensureBucket();
        }
    }

    /** Creates the bucket if it is missing; false (and the reason kept) while S3 does not answer. */
    boolean ensureBucket() {
        try {
            if (!minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                try {
                    minio.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                } catch (io.minio.errors.ErrorResponseException raced) {
                    if (!minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                        throw raced;
                    }
                }
            }
            if (!bucketReady) {
                Log.infof("S3 bucket %s is ready", bucket);
            }
            bucketReady = true;
        } catch (Exception e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!reason.equals(lastFailure)) {
                Log.warnf("S3 bucket %s not reachable (tried every 5 s, not ready meanwhile): %s", bucket, reason);
            }
            lastFailure = reason;
        }
        return bucketReady;
    }

    /** Whether the bucket has been reached (and made if it was missing) since the service started. */
    public boolean bucketReady() {
        return bucketReady;
    }

    public String bucket() {
        return bucket;
    }

    /** Why the bucket was not reached, while it is not. */
    public String lastFailure() {
        return lastFailure;
    }

    public Uni<Void> upload(String key, Path file, String contentType) {
        return offload(() -> minio.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(key)
                .filename(file.toString()).contentType(contentType).build())).replaceWithVoid();
    }

    /**
     * An object's bytes in chunks, each read on a worker thread when the client has taken the one before: a slow
     * download holds no thread between chunks, and no more than a chunk is held in memory.
     */
    public Multi<byte[]> read(String key) {
        return Multi.createFrom().resource(
                        () -> open(key),
                        in -> Multi.createBy().repeating().supplier(() -> chunk(in)).until(bytes -> bytes.length == 0))
                .withFinalizer(ObjectStore::close)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Removes objects; one that is already gone is no error. */
    public Uni<Void> remove(List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return offload(() -> {
            for (String key : keys) {
                minio.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            }
            return null;
        }).replaceWithVoid();
    }

    /** Runs blocking work on a worker thread and resumes on the calling Vert.x context, if there is one. */
    public static <T> Uni<T> offload(Callable<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> onWorker = Uni.createFrom().item(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? onWorker : onWorker.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    private InputStream open(String key) {
        try {
            return minio.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (Exception e) {
            throw new IllegalStateException("object " + key + " unavailable: " + e.getMessage(), e);
        }
    }

    private static byte[] chunk(InputStream in) {
        try {
            return in.readNBytes(CHUNK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            Log.debugf("closing an S3 object stream: %s", e.getMessage());
        }
    }
}
