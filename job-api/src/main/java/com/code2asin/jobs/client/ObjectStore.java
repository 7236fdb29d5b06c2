package com.code2asin.jobs.client;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.support.S3Bucket;
import com.code2asin.support.ServiceBucket;
import io.minio.MinioClient;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.health.Readiness;

/**
 * job-api's S3 bucket (service-support's {@link S3Bucket}) as Mutiny: every call runs on a worker thread and its
 * result comes back on the caller's Vert.x context, where Hibernate Reactive expects to continue. Started, stopped and
 * checked for readiness as {@link ServiceBucket} says.
 */
@Readiness // the check "s3"; also the @Default bean the service injects
@Default
@ApplicationScoped
public class ObjectStore extends ServiceBucket {

    private final Vertx vertx;

    ObjectStore(MinioClient minio, JobApiConfig config, Vertx vertx) {
        super(new S3Bucket(minio, config.bucket(), ObjectStore::failure));
        this.vertx = vertx;
    }

    public Uni<Void> upload(String key, Path file, String contentType) {
        return vertx.executeBlocking(() -> {
            bucket.upload(key, file, contentType);
            return null;
        }, false).replaceWithVoid();
    }

    /** An object's bytes in chunks read on worker threads ({@link S3Bucket#read}). */
    public Multi<byte[]> read(String key) {
        return bucket.read(key, vertx);
    }

    /** An object's Content-Type, as it was stored. */
    public Uni<String> contentType(String key) {
        return vertx.executeBlocking(() -> bucket.contentType(key), false);
    }

    /** Removes objects; one that is already gone is no error. */
    public Uni<Void> remove(List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return vertx.executeBlocking(() -> {
            bucket.remove(keys);
            return null;
        }, false).replaceWithVoid();
    }

    /** An object that cannot be read says which; any other failure is S3's own, a checked one as an ISE. */
    private static RuntimeException failure(S3Bucket.Call call, String key, Exception e) {
        if (call == S3Bucket.Call.GET) {
            return new IllegalStateException("object " + key + " unavailable: " + e.getMessage(), e);
        }
        return e instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e.getMessage(), e);
    }
}
