package com.code2asin.images.client;

import com.code2asin.images.config.ImageFetcherConfig;
import com.code2asin.support.BucketGuard;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Collection;
import org.eclipse.microprofile.health.Readiness;

/**
 * The S3 bucket (MinIO client). Every call blocks: use it from a worker thread, never from the event loop.
 * S3 being down does not stop the service from starting: the bucket is ensured in the background, again and again
 * until S3 answers, and before any object call while that has not happened ({@link BucketGuard}), which is the
 * readiness check {@code s3} meanwhile.
 */
@ApplicationScoped
public class ObjectStore {

    private final MinioClient minio;
    private final String bucket;

    /** Also the readiness check "s3": DOWN, with the last error, until S3 has answered that the bucket is there. */
    @Produces
    @Readiness
    final BucketGuard guard;

    @Inject
    public ObjectStore(MinioClient minio, ImageFetcherConfig config) {
        this(minio, config.bucket());
    }

    ObjectStore(MinioClient minio, String bucket) {
        this.minio = minio;
        this.bucket = bucket;
        this.guard = new BucketGuard(minio, bucket);
    }

    void start(@Observes StartupEvent event) {
        guard.start();
    }

    void stop(@Observes ShutdownEvent event) {
        guard.stop();
    }

    public boolean exists(String key) {
        try {
            guard.ensure();
            minio.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                return false;
            }
            throw new ObjectStoreException("cannot stat " + key, e);
        } catch (Exception e) {
            throw new ObjectStoreException("cannot stat " + key, e);
        }
    }

    public void put(String key, byte[] bytes, String contentType) {
        try {
            guard.ensure();
            minio.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                    .stream(new ByteArrayInputStream(bytes), bytes.length, -1)
                    .contentType(contentType)
                    .build());
        } catch (Exception e) {
            throw new ObjectStoreException("cannot put " + key, e);
        }
    }

    public void remove(Collection<String> keys) {
        for (String key : keys) {
            try {
                minio.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            } catch (Exception e) {
                throw new ObjectStoreException("cannot remove " + key, e);
            }
        }
    }
}
