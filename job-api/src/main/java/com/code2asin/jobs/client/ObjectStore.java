package com.code2asin.jobs.client;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.support.BucketGuard;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.health.Readiness;

/**
 * The S3 bucket (MinIO API). The MinIO client blocks, so every call runs on a worker thread and its result comes
 * back on the caller's Vert.x context, where Hibernate Reactive expects to continue. S3 may be away when the service
 * starts: the bucket is then ensured in the background until it answers, and before an upload while that has not
 * happened ({@link BucketGuard}), instead of the start failing; the guard is the readiness check {@code s3} meanwhile.
 */
@ApplicationScoped
public class ObjectStore {

    private static final int CHUNK = 64 * 1024;

    private final MinioClient minio;
    private final String bucket;

    /** Also the readiness check "s3": DOWN, with the last error, until S3 has answered that the bucket is there. */
    @Produces
    @Readiness
    final BucketGuard guard;

    ObjectStore(MinioClient minio, JobApiConfig config) {
        this.minio = minio;
        this.bucket = config.bucket();
        this.guard = new BucketGuard(minio, bucket);
    }

    void start(@Observes StartupEvent event) {
        guard.start();
    }

    void stop(@Observes ShutdownEvent event) {
        guard.stop();
    }

    public Uni<Void> upload(String key, Path file, String contentType) {
        return offload(() -> {
            guard.ensure();
            minio.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(key)
                    .filename(file.toString()).contentType(contentType).build());
            return null;
        }).replaceWithVoid();
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

    /** An object's Content-Type, as it was stored. */
    public Uni<String> contentType(String key) {
        return offload(() -> minio.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build())
                .contentType());
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
