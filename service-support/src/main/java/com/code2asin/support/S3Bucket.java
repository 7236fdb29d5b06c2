package com.code2asin.support;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import org.jboss.logging.Logger;

/**
 * A service's S3 bucket through the MinIO client, the plumbing every service's {@code client/ObjectStore} shares: the
 * {@link BucketGuard} that makes sure of the bucket without holding up the start (the readiness check {@code s3}; the
 * service produces it and calls {@link #start()} and {@link #stop()}) and the object calls. The object calls block:
 * call them through Vert.x's {@code executeBlocking}, as {@link #read} does. A write (and {@link #exists}) ensures the
 * bucket first while it is not known to be there. A call that fails is answered with what the service's
 * {@link Failures} makes of it, so that each service says in its own words what failed and whether trying again helps.
 */
public class S3Bucket {

    private static final Logger LOG = Logger.getLogger(S3Bucket.class);
    private static final int CHUNK = 64 * 1024;

    /** What was asked of S3 when it failed. */
    public enum Call {
        STAT, GET, PUT, REMOVE
    }

    /** A service's translation of a failed call (the bucket not reachable included) into the failure it throws. */
    @FunctionalInterface
    public interface Failures {
        RuntimeException of(Call call, String key, Exception cause);
    }

    private final MinioClient minio;
    private final String name;
    private final BucketGuard guard;
    private final Failures failures;

    public S3Bucket(MinioClient minio, String name, Failures failures) {
        this.minio = minio;
        this.name = name;
        this.guard = new BucketGuard(minio, name);
        this.failures = failures;
    }

    /** The bucket's guard: the service produces it as its readiness check {@code s3}. */
    public BucketGuard guard() {
        return guard;
    }

    public String name() {
        return name;
    }

    /** At the service's start: the bucket is ensured in the background until S3 answers. */
    public void start() {
        guard.start();
    }

    /** At the service's shutdown. */
    public void stop() {
        guard.stop();
    }

    /** Whether S3 failed saying that the object is not there. */
    public static boolean missing(Exception failure) {
        return failure instanceof ErrorResponseException e && e.errorResponse() != null
                && "NoSuchKey".equals(e.errorResponse().code());
    }

    /** Whether the object is there; the bucket is ensured first. */
    public boolean exists(String key) {
        try {
            guard.ensure();
            minio.statObject(StatObjectArgs.builder().bucket(name).object(key).build());
            return true;
        } catch (Exception e) {
            if (missing(e)) {
                return false;
            }
            throw failures.of(Call.STAT, key, e);
        }
    }

    /** An object's Content-Type, as it was stored. */
    public String contentType(String key) {
        try {
            return minio.statObject(StatObjectArgs.builder().bucket(name).object(key).build()).contentType();
        } catch (Exception e) {
            throw failures.of(Call.STAT, key, e);
        }
    }

    /** Stores bytes held in memory. */
    public void put(String key, byte[] bytes, String contentType) {
        try {
            guard.ensure();
            minio.putObject(PutObjectArgs.builder().bucket(name).object(key)
                    .stream(new ByteArrayInputStream(bytes), bytes.length, -1)
                    .contentType(contentType)
                    .build());
        } catch (Exception e) {
            throw failures.of(Call.PUT, key, e);
        }
    }

    /** Stores a local file (multipart for large files). */
    public void upload(String key, Path file, String contentType) {
        try {
            guard.ensure();
            minio.uploadObject(UploadObjectArgs.builder().bucket(name).object(key)
                    .filename(file.toString())
                    .contentType(contentType)
                    .build());
        } catch (Exception e) {
            throw failures.of(Call.PUT, key, e);
        }
    }

    /** Opens an object for streaming; the caller closes it. */
    public InputStream open(String key) {
        try {
            return minio.getObject(GetObjectArgs.builder().bucket(name).object(key).build());
        } catch (Exception e) {
            throw failures.of(Call.GET, key, e);
        }
    }

    /** Removes objects one by one, up to the first failure; one that is already gone is no error. */
    public void remove(Collection<String> keys) {
        for (String key : keys) {
            try {
                minio.removeObject(RemoveObjectArgs.builder().bucket(name).object(key).build());
            } catch (Exception e) {
                throw failures.of(Call.REMOVE, key, e);
            }
        }
    }

    /**
     * An object's bytes in chunks, each read through {@code executeBlocking} when the subscriber has taken the one
     * before: a slow reader holds no thread between chunks, no more than a chunk is held in memory, and each chunk is
     * emitted on the subscriber's Vert.x context. The object is opened by the first chunk. A reader that cancels has
     * the stream closed after the chunk (or the open) in progress, never during it and never left open.
     */
    public Multi<byte[]> read(String key, Vertx vertx) {
        return Multi.createFrom().resource(() -> new ObjectStream(key),
                        stream -> Multi.createBy().repeating().uni(() -> vertx.executeBlocking(stream::chunk, true))
                                .until(bytes -> bytes.length == 0))
                .withFinalizer(stream -> { // a block: an expression lambda also fits the Consumer overload
                    return vertx.executeBlocking(stream::close, true);
                });
    }

    /** An object opened on its first chunk and closed once; a close that comes first leaves it unopened. */
    private final class ObjectStream {
        private final String key;
        private InputStream in;
        private boolean closed;

        ObjectStream(String key) {
            this.key = key;
        }

        synchronized byte[] chunk() {
            if (closed) {
                return new byte[0];
            }
            if (in == null) {
                in = open(key);
            }
            try {
                return in.readNBytes(CHUNK);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized Void close() {
            closed = true;
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    LOG.debugf("closing S3 object %s: %s", key, e.getMessage());
                }
            }
            return null;
        }
    }
}
