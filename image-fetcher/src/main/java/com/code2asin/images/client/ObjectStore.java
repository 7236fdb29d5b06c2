package com.code2asin.images.client;

import com.code2asin.images.config.ImageFetcherConfig;
import com.code2asin.support.S3Bucket;
import com.code2asin.support.ServiceBucket;
import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Locale;
import org.eclipse.microprofile.health.Readiness;

/**
 * image-fetcher's S3 bucket (service-support's {@link S3Bucket}), failing with {@link ObjectStoreException}. Every
 * call blocks: use it from a worker thread, never from the event loop. Started, stopped and checked for readiness as
 * {@link ServiceBucket} says.
 */
@Readiness // the check "s3"; also the @Default bean the service injects
@Default
@ApplicationScoped
public class ObjectStore extends ServiceBucket {

    @Inject
    public ObjectStore(MinioClient minio, ImageFetcherConfig config) {
        this(minio, config.bucket());
    }

    ObjectStore(MinioClient minio, String bucket) {
        // "cannot stat|put|remove <key>"
        super(new S3Bucket(minio, bucket, (call, key, e) ->
                new ObjectStoreException("cannot " + call.name().toLowerCase(Locale.ROOT) + " " + key, e)));
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
