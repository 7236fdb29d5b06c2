package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code2asin.model.Topics;
import com.code2asin.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A job's events carry the W3C trace of the upload that created it: {@code job.created}, written in the upload's
 * transaction, and {@code lookup.requested}, written later by the dispatcher outside any request, from the trace
 * stored with the job. The start request, a trace of its own, does not take the batches over.
 */
@QuarkusTest
class TraceContextTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";

    @Test
    void theUploadsTraceRunsThroughTheJobsEventsAndItsBatches() {
        String trace = hex(16);
        String alice = token("alice");
        try (KafkaTestClient jobs = new KafkaTestClient(Topics.JOBS);
             KafkaTestClient lookups = new KafkaTestClient(Topics.LOOKUP_REQUESTED)) {
            String id = given().auth().oauth2(alice).header("traceparent", "00-" + trace + "-" + hex(8) + "-01")
                    .multiPart("file", "codes.csv", ("ean\n" + TestCodes.randomEan() + "\n").getBytes(), "text/csv")
                    .post(JOBS).then().statusCode(201).extract().path("id");
            ConsumerRecord<String, String> created = jobs.await(r -> r.value().contains(id)
                    && "job.created".equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
            assertEquals(trace, traceId(created), "job.created in the upload's trace");

            String startTrace = hex(16);
            given().auth().oauth2(alice).header("traceparent", "00-" + startTrace + "-" + hex(8) + "-01")
                    .post(JOBS + "/" + id + "/start").then().statusCode(200);
            ConsumerRecord<String, String> batch = lookups.await(r -> r.value().contains(id), Duration.ofSeconds(30));
            assertEquals(trace, traceId(batch), "the dispatcher's batch in the job's trace");
            ConsumerRecord<String, String> started = jobs.await(r -> r.value().contains(id)
                    && "job.started".equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
            assertEquals(startTrace, traceId(started), "job.started in the trace of the request that started it");
        }
    }

    @Test
    void anUploadWithoutTraceStartsOneItsEventsShare() {
        String alice = token("alice");
        try (KafkaTestClient jobs = new KafkaTestClient(Topics.JOBS)) {
            String id = given().auth().oauth2(alice)
                    .multiPart("file", "codes.csv", ("ean\n" + TestCodes.randomEan() + "\n").getBytes(), "text/csv")
                    .post(JOBS).then().statusCode(201).extract().path("id");
            ConsumerRecord<String, String> created = jobs.await(r -> r.value().contains(id), Duration.ofSeconds(30));
            String trace = traceId(created);
            assertNotNull(trace, "a new trace: " + KafkaTestClient.header(created, "traceparent"));
            assertNotEquals("0".repeat(32), trace);
        }
    }

    private static String traceId(ConsumerRecord<String, String> record) {
        String header = KafkaTestClient.header(record, "traceparent");
        return header == null ? null : header.split("-")[1];
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
