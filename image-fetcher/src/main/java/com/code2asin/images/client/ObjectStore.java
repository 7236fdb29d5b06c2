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
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.Set;

/** The S3 bucket (MinIO client). Every call blocks: use it from a worker thread, never from the event loop. */
@ApplicationScoped
public class ObjectStore {

    private static final Set<String> BUCKET_ALREADY_THERE = Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists");

    private final MinioClient minio;
    private final String bucket;

    public ObjectStore(MinioClient minio, ImageFetcherConfig config) {
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
                throw new ObjectStoreException("cannot create bucket " + bucket, e);
            }
        } catch (Exception e) {
            throw new ObjectStoreException("cannot reach bucket " + bucket, e);
        }
    }

    public boolean exists(String key) {
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
