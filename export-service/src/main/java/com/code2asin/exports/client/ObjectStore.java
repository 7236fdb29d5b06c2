package com.code2asin.exports.client;

import com.code2asin.exports.config.ExportConfig;
import com.code2asin.exports.domain.ExportFailedException;
import com.code2asin.support.S3Bucket;
import com.code2asin.support.ServiceBucket;
import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import org.eclipse.microprofile.health.Readiness;

/**
 * export-service's S3 bucket (service-support's {@link S3Bucket}), failing with {@link ExportFailedException}. Every
 * call blocks: use it from a worker thread, never from the event loop. Started, stopped and checked for readiness as
 * {@link ServiceBucket} says.
 */
@Readiness // the check "s3"; also the @Default bean the service injects
@Default
@ApplicationScoped
public class ObjectStore extends ServiceBucket {

    @Inject
    public ObjectStore(MinioClient minio, ExportConfig config) {
        this(minio, config.bucket());
    }

    ObjectStore(MinioClient minio, String bucket) {
        super(new S3Bucket(minio, bucket, (call, key, e) -> failure(bucket, call, key, e)));
    }

    /** Opens an object for streaming; the caller closes it. */
    public InputStream open(String key) {
        return bucket.open(key);
    }

    /** Uploads a local file (multipart for large files). */
    public void upload(String key, Path file, String contentType) {
        bucket.upload(key, file, contentType);
    }

    /** A snapshot that is gone says what to do; any other failure passes once S3 is reachable again. */
    private static ExportFailedException failure(String bucket, S3Bucket.Call call, String key, Exception e) {
        if (call == S3Bucket.Call.GET && S3Bucket.missing(e)) {
            return new ExportFailedException("The result snapshot " + key + " does not exist in bucket " + bucket
                    + "; it may have been deleted with its job. Ask job-api for a new snapshot, then export again");
        }
        String what = (call == S3Bucket.Call.GET ? "read " : "write ") + key;
        return ExportFailedException.passing("Object storage could not " + what + " in bucket " + bucket + " (" + e
                + "); export again once S3 is reachable", e);
    }
}
