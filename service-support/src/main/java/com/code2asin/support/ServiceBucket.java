package com.code2asin.support;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * What a service's object store bean shares with the others: its {@link S3Bucket} starts with the service (ensured
 * in the background until S3 answers, so S3 being down does not stop the start), stops with it, and the bean is the
 * readiness check {@code s3}: DOWN, with the last error, until S3 has answered that the bucket is there
 * ({@link BucketGuard}). A subclass is annotated {@code @Readiness @ApplicationScoped} and adds the calls its service
 * makes, with its own errors.
 */
public abstract class ServiceBucket implements HealthCheck {

    protected final S3Bucket bucket;

    protected ServiceBucket(S3Bucket bucket) {
        this.bucket = bucket;
    }

    /** Only for the client proxy CDI makes of an application-scoped subclass, which calls the real bean. */
    protected ServiceBucket() {
        this.bucket = null;
    }

    public void start(@Observes StartupEvent event) {
        bucket.start();
    }

    public void stop(@Observes ShutdownEvent event) {
        bucket.stop();
    }

    @Override
    public HealthCheckResponse call() {
        return bucket.guard().call();
    }
}
