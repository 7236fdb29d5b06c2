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
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

/** The S3 bucket (MinIO client). Every call blocks: use it from a worker thread, never from the event loop. */
@ApplicationScoped
public class ObjectStore {

    private static final Set<String> BUCKET_ALREADY_THERE = Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists");

    private final MinioClient minio;
    private final String bucket;

    public ObjectStore(MinioClient minio, ExportConfig config) {
        this.minio = minio;
        this.bucket = config.bucket();
    }

    /** Creates the bucket when it is missing; another service creating it at the same moment is fine. */
    void ensureBucket(@Observes StartupEvent event) {
        try {
            if (!minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                minio.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                Log.infof("Created bucket %s", bucket);
            }
        } catch (ErrorResponseException e) {
            if (!BUCKET_ALREADY_THERE.contains(e.errorResponse().code())) {
                throw new IllegalStateException("cannot create bucket " + bucket, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot reach bucket " + bucket, e);
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
