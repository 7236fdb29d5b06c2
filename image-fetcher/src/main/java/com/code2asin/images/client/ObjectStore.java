package com.code2asin.images.client;

import com.code2asin.images.config.ImageFetcherConfig;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;

/**
 * The S3 bucket (MinIO client). Every call blocks: use it from a worker thread, never from the event loop.
 * S3 being down does not stop the service from starting: the bucket is ensured in the background, again and again
 * until S3 answers, and before any object call while that has not happened; {@link BucketReadiness} tells.
 */
@ApplicationScoped
public class ObjectStore {

    private static final Set<String> BUCKET_ALREADY_THERE = Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists");
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final MinioClient minio;
    private final String bucket;
    private volatile boolean bucketReady;
    private volatile Thread ensuring;

    @Inject
    public ObjectStore(MinioClient minio, ImageFetcherConfig config) {
        this(minio, config.bucket());
    }

    ObjectStore(MinioClient minio, String bucket) {
        this.minio = minio;
        this.bucket = bucket;
    }

    void start(@Observes StartupEvent event) {
        ensuring = Thread.ofVirtual().name("s3-bucket").start(this::ensureBucketUntilReady);
    }

    void stop(@Observes ShutdownEvent event) {
        Thread thread = ensuring;
        if (thread != null) {
            thread.interrupt();
        }
    }

    String bucket() {
        return bucket;
    }

    /** Whether S3 has answered that the bucket is there (it was, or was created). */
    public boolean bucketReady() {
        return bucketReady;
    }

    /** Creates the bucket when it is missing; another service creating it at the same moment is fine. */
    void ensureBucket() {
        try {
            if (!minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                minio.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                Log.infof("Created bucket %s", bucket);
            }
        } catch (ErrorResponseException e) {
            if (!BUCKET_ALREADY_THERE.contains(e.errorResponse().code())) {
                throw new ObjectStoreException("cannot create bucket " + bucket, e);
            }
        } catch (Exception e) {
            throw new ObjectStoreException("cannot reach bucket " + bucket, e);
        }
        bucketReady = true;
    }

    private void ensureBucketUntilReady() {
        Duration wait = FIRST_WAIT;
        while (!bucketReady) {
            try {
                ensureBucket();
            } catch (ObjectStoreException e) {
                Log.warnf("S3 bucket %s not reachable yet, trying again in %d s: %s", bucket, wait.toSeconds(),
                        e.getCause());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException stopping) {
                    return;
                }
                Duration next = wait.multipliedBy(2);
                wait = next.compareTo(LONGEST_WAIT) < 0 ? next : LONGEST_WAIT;
            }
        }
    }

    private void ensureBucketFirst() {
        if (!bucketReady) {
            ensureBucket();
        }
    }

    public boolean exists(String key) {
        ensureBucketFirst();
        try {
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
        ensureBucketFirst();
        try {
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
