package com.code2asin.exports.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.exports.domain.ExportFailedException;
import com.sun.net.httpserver.HttpServer;
import io.minio.MinioClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** S3 down at start-up: the store starts anyway, says it is not ready and why, and gets ready once S3 answers. */
class ObjectStoreTest {

    private static final String BUCKET = "exports-test";

    @Test
    void theBucketIsEnsuredInTheBackgroundUntilS3Answers() throws Exception {
        int port = closedPort();
        ObjectStore store = new ObjectStore(MinioClient.builder().endpoint("http://127.0.0.1:" + port)
                .credentials("test", "test-secret").region("us-east-1").build(), BUCKET);
        store.start(null); // nothing answers on the port: no exception, the service starts
        try {
            assertFalse(store.bucketReady());
            Path file = Files.createTempFile("export", ".csv");
            try {
                ExportFailedException upload = assertThrows(ExportFailedException.class,
                        () -> store.upload("exports/acme/x.csv", file, "text/csv"));
                assertTrue(upload.isTransient(), "tried again by the export");
            } finally {
                Files.delete(file);
            }
            awaitFailure(store);
            assertTrue(store.lastFailure().contains("Connect"), store.lastFailure());

            // S3 comes up on that port, without the bucket: it is created
            List<String> requests = new CopyOnWriteArrayList<>();
            HttpServer s3 = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            s3.createContext("/", exchange -> {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
                boolean head = "HEAD".equals(exchange.getRequestMethod());
                exchange.sendResponseHeaders(head ? 404 : 200, -1);
                exchange.close();
            });
            s3.start();
            try {
                Instant deadline = Instant.now().plusSeconds(30);
                while (!store.bucketReady() && Instant.now().isBefore(deadline)) {
                    Thread.sleep(50);
                }
                assertTrue(store.bucketReady(), "ready once S3 answered");
                assertEquals(List.of("HEAD /" + BUCKET, "PUT /" + BUCKET), requests.subList(requests.size() - 2,
                        requests.size()), "the missing bucket is created");
            } finally {
                s3.stop(0);
            }
        } finally {
            store.stop(null);
        }
    }

    private static void awaitFailure(ObjectStore store) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (store.lastFailure().equals("not checked yet") && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }

    /** A port nothing listens on: taken from the system, then given back. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
