package com.code2asin.support;

import static com.code2asin.support.BucketGuardTest.closedPort;
import static com.code2asin.support.BucketGuardTest.s3At;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import io.smallrye.mutiny.subscription.Cancellable;
import io.minio.RemoveBucketArgs;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The shared S3 plumbing against the local S3 (:9000) and a port where nothing listens. */
class S3BucketTest {

    private static final Vertx VERTX = Vertx.vertx();

    /** What a service's translation got: the call, the key and the cause, kept in the failure it throws. */
    static class Failed extends RuntimeException {
        final S3Bucket.Call call;
        final String key;

        Failed(S3Bucket.Call call, String key, Exception cause) {
            super(call + " " + key, cause);
            this.call = call;
            this.key = key;
        }
    }

    @Test
    void objectsArePutStatedReadInChunksAndRemovedAndAMissingOneIsToldApart() throws Exception {
        MinioClient minio = s3At(9000);
        String name = "s3-bucket-test-" + UUID.randomUUID().toString().substring(0, 8);
        S3Bucket bucket = new S3Bucket(minio, name, Failed::new);
        byte[] bytes = new byte[150 * 1024]; // more than two chunks
        new Random(7).nextBytes(bytes);
        Path file = Files.createTempFile("s3-bucket", ".csv");
        try {
            assertFalse(bucket.exists("a.bin"), "the bucket is ensured first, then the object is not there");
            assertTrue(bucket.guard().ready());

            bucket.put("a.bin", bytes, "application/octet-stream");
            Files.writeString(file, "code;asin\n");
            bucket.upload("b.csv", file, "text/csv");

            assertTrue(bucket.exists("a.bin"));
            assertEquals("text/csv", bucket.contentType("b.csv"));
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            bucket.read("a.bin", VERTX).subscribe().asStream().forEach(read::writeBytes);
            assertArrayEquals(bytes, read.toByteArray());
            try (InputStream in = bucket.open("b.csv")) {
                assertEquals("code;asin\n", new String(in.readAllBytes()));
            }

            Failed missing = assertThrows(Failed.class, () -> bucket.open("gone.csv"));
            assertEquals(S3Bucket.Call.GET, missing.call);
            assertEquals("gone.csv", missing.key);
            assertTrue(S3Bucket.missing((Exception) missing.getCause()), missing.getCause().toString());

            bucket.remove(List.of("a.bin", "b.csv", "gone.csv"));
            assertFalse(bucket.exists("a.bin"));
            assertFalse(bucket.exists("b.csv"));
        } finally {
            Files.delete(file);
            minio.removeBucket(RemoveBucketArgs.builder().bucket(name).build());
        }
    }

    @Test
    void whileS3CannotBeReachedEveryCallFailsThroughTheServicesTranslation() throws Exception {
        S3Bucket bucket = new S3Bucket(s3At(closedPort()), "code2asin", Failed::new);

        Failed stat = assertThrows(Failed.class, () -> bucket.exists("a.jpg"));
        Failed put = assertThrows(Failed.class, () -> bucket.put("a.jpg", new byte[] {1}, "image/jpeg"));
        Failed get = assertThrows(Failed.class, () -> bucket.open("a.jpg"));
        Failed remove = assertThrows(Failed.class, () -> bucket.remove(List.of("a.jpg", "b.jpg")));

        assertEquals(List.of(S3Bucket.Call.STAT, S3Bucket.Call.PUT, S3Bucket.Call.GET, S3Bucket.Call.REMOVE),
                List.of(stat.call, put.call, get.call, remove.call));
        assertEquals("a.jpg", remove.key, "the first failure ends the removal");
        assertInstanceOf(BucketUnavailableException.class, put.getCause(), "a write ensures the bucket first");
        assertFalse(S3Bucket.missing((Exception) get.getCause()));
        Failed reading = assertThrows(Failed.class,
                () -> bucket.read("a.jpg", VERTX).collect().asList().await().atMost(Duration.ofSeconds(30)));
        assertEquals(S3Bucket.Call.GET, reading.call);
    }

    @Test
    void aReadFromTheEventLoopCallsS3OnAWorkerAndAnswersOnTheReadersThread() throws Exception {
        List<Thread> translatedOn = new CopyOnWriteArrayList<>();
        S3Bucket bucket = new S3Bucket(s3At(closedPort()), "code2asin", (call, key, cause) -> {
            translatedOn.add(Thread.currentThread());
            return new Failed(call, key, cause);
        });
        Context context = VERTX.getDelegate().getOrCreateContext();
        CompletableFuture<List<Object>> seen = new CompletableFuture<>();
        context.runOnContext(ignored -> {
            Thread reader = Thread.currentThread();
            bucket.read("a.jpg", VERTX).subscribe().with(chunk -> seen.completeExceptionally(new AssertionError(
                    "read from a closed port")), failure -> seen.complete(List.of(reader, Thread.currentThread(),
                    failure)));
        });
        List<Object> threads = seen.get(30, TimeUnit.SECONDS);
        assertEquals(1, translatedOn.size());
        assertNotSame(threads.get(0), translatedOn.get(0), "S3 was called off the event loop");
        assertTrue(translatedOn.get(0).getName().contains("worker"), translatedOn.get(0).getName());
        assertSame(threads.get(0), threads.get(1), "the failure came back on the reader's thread");
        assertInstanceOf(Failed.class, threads.get(2));
    }

    /** The stream opened for a reader that has gone meanwhile is closed, not left to hold an S3 connection. */
    @Test
    void aReaderThatCancelsWhileTheObjectIsOpeningLeavesNoStreamOpen() throws Exception {
        CountDownLatch opening = new CountDownLatch(1);
        CountDownLatch opened = new CountDownLatch(1);
        CompletableFuture<Void> closed = new CompletableFuture<>();
        S3Bucket bucket = new S3Bucket(s3At(closedPort()), "code2asin", Failed::new) {
            @Override
            public InputStream open(String key) {
                opening.countDown();
                try {
                    opened.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return new ByteArrayInputStream(new byte[10]) {
                    @Override
                    public void close() {
                        closed.complete(null);
                    }
                };
            }
        };
        Cancellable reader = bucket.read("a.bin", VERTX).subscribe().with(chunk -> { });
        assertTrue(opening.await(10, TimeUnit.SECONDS));
        reader.cancel();
        opened.countDown();
        closed.get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void closeVertx() throws Exception {
        VERTX.closeAndAwait();
    }
}
