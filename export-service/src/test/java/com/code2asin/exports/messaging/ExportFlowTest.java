package com.code2asin.exports.messaging;

import static com.code2asin.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.exports.service.ExportService;
import com.code2asin.exports.service.ResultRows;
import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import com.code2asin.model.event.ExportDone;
import com.code2asin.model.event.ExportFormat;
import com.code2asin.model.event.ExportRequested;
import com.code2asin.model.event.JobEvent;
import com.code2asin.testing.FreshConsumerGroup;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.jboss.logmanager.ExtLogRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Snapshot in S3 + job.completed / export.requested in, XLSX in S3 + export.done out. */
@QuarkusTest
@WithTestResource(value = FreshConsumerGroup.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = FreshConsumerGroup.PREFIX, value = "export-service-test"),
        @ResourceArg(name = "jobs", value = Topics.JOBS),
        @ResourceArg(name = "export-requested", value = Topics.EXPORT_REQUESTED)})
class ExportFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String BUCKET = "code2asin";
    private static final String XLSX = ExportFormat.XLSX.contentType();

    @Inject
    MinioClient minio;

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void completedJobGetsItsDefaultXlsxOnce() throws Exception {
        UUID jobId = UUID.randomUUID();
        UUID otherJob = UUID.randomUUID();
        String snapshotKey = putSnapshot(jobId);
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.EXPORT_DONE)) {
            // only job.completed triggers an export; the cancelled job's event is keyed like the completed one so it
            // lands on the same partition and is consumed first
            sendJobEvent(kafka, "cancelled", otherJob, jobId.toString(), snapshotKey);
            sendJobEvent(kafka, "completed", jobId, jobId.toString(), snapshotKey);
            ConsumerRecord<String, String> record = kafka.await(r -> r.value().contains(jobId.toString()), WAIT);
            ExportDone done = json.readValue(record.value(), ExportDone.class);

            UUID exportId = ExportService.defaultExportId(jobId);
            String key = "exports/acme/" + jobId + "/" + exportId + ".xlsx";
            assertEquals(exportId, done.exportId());
            assertEquals(key, done.objectKey());
            assertEquals(3, done.rows());
            assertNull(done.error());
            assertEquals(ExportFormat.XLSX, done.format());
            assertEquals(EventTypes.EXPORT_DONE, header(record, "ce_type"));
            assertEquals("acme", header(record, "ce_tenant"));
            assertEquals(jobId.toString(), header(record, "ce_subject"));
            assertEquals("/code2asin/export-service", header(record, "ce_source"));
            assertEquals(jobId.toString(), record.key());

            byte[] file = read(key);
            assertEquals(done.bytes(), file.length);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                Sheet sheet = book.getSheet("Results");
                assertEquals(3, sheet.getLastRowNum());
                assertEquals("ASIN", sheet.getRow(0).getCell(8).getStringCellValue());
                assertEquals("B000TEST01", sheet.getRow(1).getCell(8).getStringCellValue());
                assertEquals("unmatched", sheet.getRow(2).getCell(6).getStringCellValue());
                assertEquals(CellType.STRING, sheet.getRow(3).getCell(10).getCellType());
                assertEquals(ResultRows.HYPERLINK, sheet.getRow(3).getCell(10).getStringCellValue());
            }
            assertFalse(minio.listObjects(ListObjectsArgs.builder().bucket(BUCKET)
                    .prefix("exports/acme/" + otherJob + "/").build()).iterator().hasNext(), "a cancelled job is not exported");

            // redelivered job.completed: with the snapshot gone, only an export that is not redone can still succeed
            minio.removeObject(RemoveObjectArgs.builder().bucket(BUCKET).object(snapshotKey).build());
            sendJobEvent(kafka, "completed", jobId, jobId.toString(), snapshotKey);
            ExportDone again = json.readValue(kafka.await(r -> r.value().contains(jobId.toString()), WAIT).value(),
                    ExportDone.class);
            assertEquals(done, again);
        }
    }

    @Test
    void explicitExportHonoursIncludeUnmatchedAndExplainsFailures() throws Exception {
        UUID jobId = UUID.randomUUID();
        String snapshotKey = putSnapshot(jobId);
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.EXPORT_DONE)) {
            ExportRequested matchedOnly = new ExportRequested(UUID.randomUUID(), jobId, "acme", ExportFormat.XLSX, false,
                    snapshotKey);
            sendExportRequest(kafka, matchedOnly);
            ExportDone done = json.readValue(kafka.await(r -> r.value().contains(matchedOnly.exportId().toString()), WAIT)
                    .value(), ExportDone.class);
            assertEquals(2, done.rows());
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(read(done.objectKey())))) {
                assertEquals(2, book.getSheet("Results").getLastRowNum());
            }

            ExportRequested missing = new ExportRequested(UUID.randomUUID(), jobId, "acme", ExportFormat.XLSX, true,
                    "snapshots/acme/" + UUID.randomUUID() + ".jsonl");
            sendExportRequest(kafka, missing);
            ExportDone failed = json.readValue(kafka.await(r -> r.value().contains(missing.exportId().toString()), WAIT)
                    .value(), ExportDone.class);
            assertNull(failed.objectKey());
            assertEquals(0, failed.rows());
            assertTrue(failed.error().contains(missing.snapshotKey() + " does not exist"), failed.error());
        }
    }

    @Test
    void aRequestThatCanNeverBeExportedGoesToTheDeadLetterTopicAtOnceWithItsReason() throws Exception {
        UUID jobId = UUID.randomUUID();
        ExportRequested forged = new ExportRequested(UUID.randomUUID(), jobId, "../other-tenant", ExportFormat.CSV, true,
                "snapshots/acme/" + jobId + ".jsonl");
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.EXPORT_REQUESTED + Topics.DLQ_SUFFIX);
                RetryLog retries = new RetryLog()) {
            sendExportRequest(kafka, forged);
            ConsumerRecord<String, String> dead = kafka.await(r -> r.value().contains(forged.exportId().toString()),
                    WAIT);
            assertTrue(header(dead, "dead-letter-reason").contains("'../other-tenant' cannot name an object key"),
                    header(dead, "dead-letter-reason"));
            assertFalse(retries.mentions(forged.exportId().toString()), "not tried again");
        }
    }

    /** Records export-service's "trying again" log lines while open. */
    private static final class RetryLog extends Handler implements AutoCloseable {
        private final Logger logger = Logger.getLogger(ConsumerRetries.class.getName());
        private final List<String> lines = new CopyOnWriteArrayList<>();

        RetryLog() {
            logger.addHandler(this);
        }

        boolean mentions(String text) {
            return lines.stream().anyMatch(line -> line.contains(text));
        }

        @Override
        public void publish(LogRecord record) {
            lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }

    private String putSnapshot(UUID jobId) throws Exception {
        String key = "snapshots/acme/" + jobId + ".jsonl";
        byte[] body = ResultRows.snapshot(json, ResultRows.three()).getBytes(StandardCharsets.UTF_8);
        minio.putObject(PutObjectArgs.builder().bucket(BUCKET).object(key)
                .stream(new ByteArrayInputStream(body), body.length, -1).contentType("application/x-ndjson").build());
        return key;
    }

    private byte[] read(String key) throws Exception {
        try (GetObjectResponse object = minio.getObject(GetObjectArgs.builder().bucket(BUCKET).object(key).build())) {
            assertEquals(XLSX, object.headers().get("Content-Type"));
            return object.readAllBytes();
        }
    }

    private void sendJobEvent(KafkaTestClient kafka, String fact, UUID jobId, String key, String snapshotKey)
            throws Exception {
        JobEvent event = new JobEvent(jobId, "acme", "export test", fact, null, snapshotKey, Instant.now());
        kafka.send(Topics.JOBS, key, EventTypes.job(fact), jobId.toString(), "acme",
                json.writeValueAsString(event));
    }

    private void sendExportRequest(KafkaTestClient kafka, ExportRequested request) throws Exception {
        kafka.send(Topics.EXPORT_REQUESTED, request.jobId().toString(), EventTypes.EXPORT_REQUESTED,
                request.jobId().toString(), request.tenant(), json.writeValueAsString(request));
    }
}
