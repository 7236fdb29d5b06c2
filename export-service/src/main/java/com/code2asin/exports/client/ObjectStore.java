package com.code2asin.exports.client;

import com.code2asin.exports.config.ExportConfig;
import com.code2asin.exports.domain.ExportFailedException;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * The S3 bucket (MinIO client). Every call blocks: use it from a worker thread, never from the event loop.
 * S3 being down does not stop the service from starting: the bucket is ensured in the background, again and again
 * until S3 answers, and before an upload while that has not happened; {@link BucketReadiness} tells.
 */
@ApplicationScoped
public class ObjectStore {

    private static final Set<String> BUCKET_ALREADY_THERE = Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists");
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final MinioClient minio;
    private final String bucket;
    private volatile boolean bucketReady;
    private volatile String lastFailure = "not checked yet";
    private volatile Thread ensuring;

    @Inject
    public ObjectStore(MinioClient minio, ExportConfig config) {
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

    /** Why the bucket is not ready yet: the last failure to reach or create it. */
    String lastFailure() {
        return lastFailure;
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
                throw bucketFailed(e);
            }
        } catch (Exception e) {
            throw bucketFailed(e);
        }
        bucketReady = true;
    }

    private ExportFailedException bucketFailed(Exception e) {
        lastFailure = e.toString();
        return ExportFailedException.passing("Object storage could not reach or create bucket " + bucket + " (" + e
                + "); export again once S3 is reachable", e);
    }

    private void ensureBucketUntilReady() {
        Duration wait = FIRST_WAIT;
        while (!bucketReady) {
            try {
                ensureBucket();
                Log.infof("S3 bucket %s is ready", bucket);
            } catch (ExportFailedException e) {
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

    /** Opens an object for streaming; the caller closes it. */
    public InputStream open(String key) {
        try {
            return minio.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                throw new ExportFailedException("The result snapshot " + key + " does not exist in bucket " + bucket
                        + "; it may have been deleted with its job. Ask job-api for a new snapshot, then export again");
            }
            throw unavailable("read " + key, e);
        } catch (Exception e) {
            throw unavailable("read " + key, e);
        }
    }

    /** Uploads a local file (multipart for large files). */
    public void upload(String key, Path file, String contentType) {
        if (!bucketReady) {
            ensureBucket();
        }
        try {
            minio.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(key)
                    .filename(file.toString())
                    .contentType(contentType)
                    .build());
        } catch (Exception e) {
            throw unavailable("write " + key, e);
        }
    }

    private ExportFailedException unavailable(String what, Exception e) {
        return ExportFailedException.passing("Object storage could not " + what + " in bucket " + bucket + " (" + e
                + "); export again once S3 is reachable", e);
    }
}
