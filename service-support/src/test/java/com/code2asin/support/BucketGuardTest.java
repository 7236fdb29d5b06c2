package com.code2asin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** The bucket guard against a port where nothing listens, a stand-in S3 coming up late, and the local S3 (:9000). */
class BucketGuardTest {

    static MinioClient s3At(int port) {
        return MinioClient.builder().endpoint("http://127.0.0.1", port, false)
                .credentials("minioadmin", "minioadmin123").region("us-east-1").build();
    }

    /** A port nothing listens on: taken from the system, then given back. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    @Test
    void whileS3CannotBeReachedTheGuardIsDownWithTheErrorAndStopsAtShutdown() throws Exception {
        BucketGuard guard = new BucketGuard(s3At(closedPort()), "code2asin");
        assertEquals(HealthCheckResponse.Status.DOWN, guard.call().getStatus(), "nothing asked S3 yet");

        guard.start();
        await(() -> !guard.lastError().equals("not checked yet"), "tried in the background");

        HealthCheckResponse check = guard.call();
        assertEquals("s3", check.getName());
        assertEquals(HealthCheckResponse.Status.DOWN, check.getStatus());
        Map<String, Object> data = check.getData().orElseThrow();
        assertEquals("code2asin", data.get("bucket"));
        assertTrue(data.get("error").toString().contains("Connect"), data.toString());
        assertFalse(guard.ready());

        BucketUnavailableException write = assertThrows(BucketUnavailableException.class, guard::ensure);
        assertInstanceOf(IOException.class, write.getCause(), "a consumer tries I/O failures again");

        guard.stop();
        await(() -> !guard.ensuring(), "the background thread ends at shutdown");
    }

    @Test
    void theBucketIsEnsuredInTheBackgroundUntilS3AnswersAndCreatedWhenMissing() throws Exception {
        int port = closedPort();
        BucketGuard guard = new BucketGuard(s3At(port), "late-bucket", Duration.ofMillis(20), Duration.ofMillis(200));
        guard.start();
        await(() -> !guard.lastError().equals("not checked yet"), "tried while S3 is away");
        assertFalse(guard.ready());

        // S3 comes up on that port, without the bucket
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer s3 = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        s3.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders("HEAD".equals(exchange.getRequestMethod()) ? 404 : 200, -1);
            exchange.close();
        });
        s3.start();
        try {
            await(guard::ready, "ready once S3 answered");
            assertEquals(List.of("HEAD /late-bucket", "PUT /late-bucket"), requests, "the missing bucket is created");
            assertEquals(HealthCheckResponse.Status.UP, guard.call().getStatus());
            await(() -> !guard.ensuring(), "nothing more to do in the background");
        } finally {
            guard.stop();
            s3.stop(0);
        }
    }

    @Test
    void againstTheLocalS3TheBucketIsCreatedOnceAndTheGuardIsUp() throws Exception {
        MinioClient minio = s3At(9000);
        String bucket = "guard-test-" + UUID.randomUUID().toString().substring(0, 8);
        BucketGuard guard = new BucketGuard(minio, bucket);
        try {
            guard.ensure();

            assertTrue(guard.ready());
            assertTrue(minio.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()));
            HealthCheckResponse check = guard.call();
            assertEquals(HealthCheckResponse.Status.UP, check.getStatus());
            assertEquals(Map.of("bucket", bucket), check.getData().orElseThrow(), "no error once up");

            BucketGuard another = new BucketGuard(minio, bucket); // a second service, or a restart
            another.ensure();
            assertTrue(another.ready(), "a bucket already there is ready");
        } finally {
            minio.removeBucket(RemoveBucketArgs.builder().bucket(bucket).build());
        }
    }

    @Test
    void theSameFailureIsLoggedOnce() throws Exception {
        BucketGuard guard = new BucketGuard(s3At(closedPort()), "code2asin");
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(BucketGuard.class.getName());
        logger.addHandler(handler);
        try {
            for (int i = 0; i < 3; i++) {
                assertThrows(BucketUnavailableException.class, guard::ensure);
            }
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(1, warnings.size(), warnings.toString());
    }
}
