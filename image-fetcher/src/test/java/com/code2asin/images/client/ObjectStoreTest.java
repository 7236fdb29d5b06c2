package com.code2asin.images.client;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.support.TransientFailures;
import io.minio.MinioClient;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** S3 away when a request comes: the store fails in a way the consumer tries again, instead of a bug's way. */
class ObjectStoreTest {

    @Test
    void aCallWhileS3CannotBeReachedFailsWithAnIoFailureThatPasses() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ObjectStore store = new ObjectStore(MinioClient.builder().endpoint("http://127.0.0.1", port, false)
                .credentials("minioadmin", "minioadmin123").region("us-east-1").build(), "code2asin");

        ObjectStoreException stat = assertThrows(ObjectStoreException.class, () -> store.exists("products/a.jpg"));
        ObjectStoreException put = assertThrows(ObjectStoreException.class,
                () -> store.put("products/a.jpg", new byte[] {1}, "image/jpeg"));

        assertTrue(TransientFailures.passes(stat), stat.toString());
        assertTrue(TransientFailures.passes(put), put.toString());
    }
}
