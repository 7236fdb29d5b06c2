package com.code2asin.images.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness check "s3": DOWN until S3 has answered that the bucket is there, UP from then on. */
@Readiness
@ApplicationScoped
public class BucketReadiness implements HealthCheck {

    private final ObjectStore store;

    public BucketReadiness(ObjectStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("s3")
                .status(store.bucketReady())
                .withData("bucket", store.bucket())
                .build();
    }
}
