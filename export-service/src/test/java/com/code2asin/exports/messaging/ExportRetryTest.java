package com.code2asin.exports.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.exports.service.ExportService;
import com.code2asin.exports.service.ResultRows;
import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import com.code2asin.model.event.ExportDone;
import com.code2asin.model.event.ExportFormat;
import com.code2asin.model.event.ExportRequested;
import com.code2asin.testing.FreshConsumerGroup;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveBucketArgs;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * S3 away for a moment does not fail an export: the build is tried again with growing delays and succeeds once the
 * bucket answers; an S3 that stays away fails it with the reason and the number of tries. Real S3 (its bucket
 * removed and made again), real Kafka.
 */
@QuarkusTest
@TestProfile(ExportRetryTest.OwnBucket.class)
@WithTestResource(value = FreshConsumerGroup.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = FreshConsumerGroup.PREFIX, value = "export-service-test"),
        @ResourceArg(name = "jobs", value = Topics.JOBS),
        @ResourceArg(name = "export-requested", value = Topics.EXPORT_REQUESTED)})
class ExportRetryTest {

    private static final String BUCKET = "export-retry-test";
    private static final Duration WAIT = Duration.ofSeconds(60);

    public static class OwnBucket implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("export-service.bucket", BUCKET, "export-service.retry-delay", "500ms",
                    "export-service.retries", "3");
        }
    }

    @Inject
    MinioClient minio;

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void anExportOutlivesAMomentWithoutS3AndFailsWithItsTriesWhenS3StaysAway() throws Exception {
        removeBucket();
        UUID jobId = UUID.randomUUID();
        String snapshotKey = "snapshots/acme/" + jobId + ".jsonl";
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.EXPORT_DONE)) {
            ExportRequested soon = request(jobId, snapshotKey);
            try (FailedTries failedTries = new FailedTries()) {
                send(kafka, soon);
                failedTries.awaitFirst(); // the bucket is not there: the first try failed and waits for the next
            }
            minio.makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
            byte[] body = ResultRows.snapshot(json, ResultRows.three()).getBytes(StandardCharsets.UTF_8);
            minio.putObject(PutObjectArgs.builder().bucket(BUCKET).object(snapshotKey)
                    .stream(new ByteArrayInputStream(body), body.length, -1).build());
            ExportDone done = await(kafka, soon);
            assertNull(done.error(), "exported once S3 answered");
            assertEquals(3, done.rows());

            removeBucketWithObjects(snapshotKey, done.objectKey());
            ExportRequested never = request(jobId, snapshotKey);
            send(kafka, never);
            ExportDone failed = await(kafka, never);
            assertTrue(failed.error().contains("once S3 is reachable") && failed.error().endsWith("(4 tries)"),
                    failed.error());
        } finally {
            if (!minio.bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build())) {
                minio.makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
            }
        }
    }

    /** Watches export-service's log for the line that says a try failed and another follows. */
    private static final class FailedTries extends Handler implements AutoCloseable {
        private final Logger logger = Logger.getLogger(ExportService.class.getName());
        private final CountDownLatch first = new CountDownLatch(1);

        FailedTries() {
            logger.addHandler(this);
        }

        void awaitFirst() throws InterruptedException {
            assertTrue(first.await(30, TimeUnit.SECONDS), "no failed try of the export within 30 s");
        }

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage() == null ? "" : String.valueOf(record.getMessage());
            if (message.contains("tried again")) {
                first.countDown();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }

    private static ExportRequested request(UUID jobId, String snapshotKey) {
        return new ExportRequested(UUID.randomUUID(), jobId, "acme", ExportFormat.CSV, true, snapshotKey);
    }

    private void send(KafkaTestClient kafka, ExportRequested request) throws Exception {
        kafka.send(Topics.EXPORT_REQUESTED, request.jobId().toString(), EventTypes.EXPORT_REQUESTED,
                request.jobId().toString(), request.tenant(), json.writeValueAsString(request));
    }

    private ExportDone await(KafkaTestClient kafka, ExportRequested request) throws Exception {
        return json.readValue(kafka.await(r -> r.value().contains(request.exportId().toString()), WAIT).value(),
                ExportDone.class);
    }

    private void removeBucket() throws Exception {
        if (minio.bucketExists(BucketExistsArgs.builder().bucket(BUCKET).build())) {
            minio.removeBucket(RemoveBucketArgs.builder().bucket(BUCKET).build());
        }
    }

    private void removeBucketWithObjects(String... keys) throws Exception {
        for (String key : keys) {
            minio.removeObject(io.minio.RemoveObjectArgs.builder().bucket(BUCKET).object(key).build());
        }
        removeBucket();
    }
}
