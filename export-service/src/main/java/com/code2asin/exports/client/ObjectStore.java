package com.code2asin.exports.client;

import com.code2asin.exports.config.ExportConfig;
import com.code2asin.exports.domain.ExportFailedException;
import com.code2asin.support.BucketGuard;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import org.eclipse.microprofile.health.Readiness;

/**
 * The S3 bucket (MinIO client). Every call blocks: use it from a worker thread, never from the event loop.
 * S3 being down does not stop the service from starting: the bucket is ensured in the background, again and again
 * until S3 answers, and before an upload while that has not happened ({@link BucketGuard}), which is the readiness
 * check {@code s3} meanwhile.
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
    public ObjectStore(MinioClient minio, ExportConfig config) {
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
        try {
            guard.ensure();
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
