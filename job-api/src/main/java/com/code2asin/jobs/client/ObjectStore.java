package com.code2asin.jobs.client;

import com.code2asin.jobs.config.JobApiConfig;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.UploadObjectArgs;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The S3 bucket (MinIO API). The MinIO client blocks, so every call runs on a worker thread and its result comes
 * back on the caller's Vert.x context, where Hibernate Reactive expects to continue.
 */
@ApplicationScoped
public class ObjectStore {

    private final MinioClient minio;
    private final String bucket;

    ObjectStore(MinioClient minio, JobApiConfig config) {
        this.minio = minio;
        this.bucket = config.bucket();
    }

    void ensureBucket(@Observes StartupEvent start) throws Exception {
        if (!minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            try {
                minio.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            } catch (io.minio.errors.ErrorResponseException raced) {
                if (!minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                    throw raced;
                }
            }
        }
    }

    public Uni<Void> upload(String key, Path file, String contentType) {
        return offload(() -> minio.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(key)
                .filename(file.toString()).contentType(contentType).build())).replaceWithVoid();
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
}
