package com.code2asin.images.client;

import com.code2asin.images.config.ImageFetcherConfig;
import com.code2asin.support.BucketGuard;
import com.code2asin.support.S3Bucket;
import io.minio.MinioClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Locale;
import org.eclipse.microprofile.health.Readiness;

/**
 * image-fetcher's S3 bucket (service-support's {@link S3Bucket}), failing with {@link ObjectStoreException}. Every
 * call blocks: use it from a worker thread, never from the event loop. S3 being down does not stop the service from
 * starting: the bucket is ensured in the background, again and again until S3 answers, and before any stat or put
 * while that has not happened ({@link BucketGuard}), which is the readiness check {@code s3} meanwhile.
 */
@ApplicationScoped
public class ObjectStore {

    private final S3Bucket bucket;

    /** Also the readiness check "s3": DOWN, with the last error, until S3 has answered that the bucket is there. */
    @Produces
    @Readiness
    final BucketGuard guard;

    @Inject
    public ObjectStore(MinioClient minio, ImageFetcherConfig config) {
        this(minio, config.bucket());
    }

    ObjectStore(MinioClient minio, String bucket) {
        // "cannot stat|put|remove <key>"
        this.bucket = new S3Bucket(minio, bucket, (call, key, e) ->
                new ObjectStoreException("cannot " + call.name().toLowerCase(Locale.ROOT) + " " + key, e));
        this.guard = this.bucket.guard();
    }

    void start(@Observes StartupEvent event) {
        bucket.start();
    }

    void stop(@Observes ShutdownEvent event) {
        bucket.stop();
    }

    public boolean exists(String key) {
        return bucket.exists(key);
    }

    public void put(String key, byte[] bytes, String contentType) {
        bucket.put(key, bytes, contentType);
    }

    public void remove(Collection<String> keys) {
        bucket.remove(keys);
    }
}
