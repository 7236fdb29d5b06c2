package com.code2asin.exports.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness check "s3": DOWN, with the reason, until S3 has answered that the bucket is there; UP from then on. */
@Readiness
@ApplicationScoped
public class BucketReadiness implements HealthCheck {

    private final ObjectStore store;

    public BucketReadiness(ObjectStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        boolean ready = store.bucketReady();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("s3")
                .status(ready)
                .withData("bucket", store.bucket());
        if (!ready) {
            response.withData("error", store.lastFailure());
        }
        return response.build();
    }
}
