package com.code2asin.jobs.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check "s3": down until the bucket has been reached since the start (S3 may come up after job-api), so
 * the process runs and is not restarted meanwhile, but gets no traffic that needs S3 before S3 is there.
 */
@Readiness
@ApplicationScoped
public class S3Readiness implements HealthCheck {

    private final ObjectStore store;

    S3Readiness(ObjectStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("s3").withData("bucket", store.bucket());
        return store.bucketReady() ? answer.up().build() : answer.down().withData("error", store.lastFailure()).build();
    }
}
