package com.code2asin.exports.client;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.exports.domain.ExportFailedException;
import io.minio.MinioClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** S3 away when an export is uploaded: a failure that the export tries again itself, then reports. */
class ObjectStoreTest {

    @Test
    void anUploadWhileS3CannotBeReachedFailsInAWayTheExportTriesAgain() throws Exception {
        ObjectStore store = new ObjectStore(MinioClient.builder().endpoint("http://127.0.0.1:" + closedPort())
                .credentials("test", "test-secret").region("us-east-1").build(), "exports-test");
        Path file = Files.createTempFile("export", ".csv");
        try {
            ExportFailedException upload = assertThrows(ExportFailedException.class,
                    () -> store.upload("exports/acme/x.csv", file, "text/csv"));
            assertTrue(upload.isTransient(), "tried again by the export");
            assertTrue(upload.getMessage().contains("export again once S3 is reachable"), upload.getMessage());
        } finally {
            Files.delete(file);
        }
    }

    /** A port nothing listens on: taken from the system, then given back. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
