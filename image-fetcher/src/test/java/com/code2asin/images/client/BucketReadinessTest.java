package com.code2asin.images.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import java.io.IOException;
import java.net.ServerSocket;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The "s3" readiness check against the local S3 of the test run, and against a port where nothing listens. */
class BucketReadinessTest {

    private static ObjectStore storeAt(int port) {
        MinioClient minio = MinioClient.builder().endpoint("http://127.0.0.1", port, false)
                .credentials("minioadmin", "minioadmin123").region("us-east-1").build();
        return new ObjectStore(minio, "code2asin");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void downWhileS3CannotBeReachedAndTheFailureIsOneThatPasses() throws IOException {
        ObjectStore store = storeAt(closedPort());
        BucketReadiness readiness = new BucketReadiness(store);
        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());

        ObjectStoreException unreachable = assertThrows(ObjectStoreException.class, store::ensureBucket);
        assertInstanceOf(IOException.class, unreachable.getCause(), "a consumer retries IO failures");
        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());
        assertFalse(store.bucketReady());
    }

    @Test
    void upOnceTheBucketIsThere() {
        ObjectStore store = storeAt(9000);
        BucketReadiness readiness = new BucketReadiness(store);
        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus(), "nothing asked S3 yet");

        store.ensureBucket();

        HealthCheckResponse ready = readiness.call();
        assertEquals("s3", ready.getName());
        assertEquals(HealthCheckResponse.Status.UP, ready.getStatus());
        assertEquals("code2asin", ready.getData().orElseThrow().get("bucket"));
        assertTrue(store.bucketReady());
    }
}
