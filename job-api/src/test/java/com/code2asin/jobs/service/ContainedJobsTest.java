package com.code2asin.jobs.service;

import static com.code2asin.jobs.JobsOverHttp.awaitStatus;
import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import com.code2asin.testing.KafkaTestClient;
import io.agroal.api.AgroalDataSource;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * No job can take job-api down for the others: a job over the stated size is refused before anything is kept, and a
 * completion that keeps failing (here S3's bucket is gone) is tried on its schedule, said on the timeline, and then
 * ends the job failed instead of being replayed forever; a try whose process died counts as one. Images that never
 * come hold a job no longer than job-api.images-timeout, and an export nobody answers shows failed, with why, after
 * job-api.export-timeout.
 */
@QuarkusTest
@TestProfile(ContainedJobsTest.SmallLimits.class)
class ContainedJobsTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";
    private static final String BUCKET = "contained-jobs-test";

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("job-api.max-codes", "50", "job-api.completion-retry-schedule", "1s,1s",
                    "job-api.bucket", BUCKET, "job-api.images-timeout", "1s", "job-api.export-timeout", "2s",
                    "job-api.export-sweep", "1s");
        }
    }

    @Inject
    MinioClient s3;
    @Inject
    AgroalDataSource db;

    @Test
    void aFileOverTheCodeLimitIsA413AndNothingIsKept() {
        String alice = token("alice");
        long before = jobCount(alice);
        StringBuilder csv = new StringBuilder("ean\n");
        for (int i = 0; i < 51; i++) {
            csv.append("3017620422003\n");
        }
        given().auth().oauth2(alice).multiPart("file", "big.csv", csv.toString().getBytes(), "text/csv")
                .post(JOBS).then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("'big.csv' holds more than 50 codes"));
        assertEquals(before, jobCount(alice), "no job was stored");

        given().auth().oauth2(alice).multiPart("file", "fits.csv", csv.substring(0, csv.length() - 14).getBytes(),
                "text/csv").post(JOBS).then().statusCode(201).body("total_codes", equalTo(50));
    }

    @Test
    void aCompletionThatKeepsFailingEndsTheJobFailedThenARetryCompletesIt() throws Exception {
        String alice = token("alice");
        String id = directImport(alice);
        removeBucket(); // S3 answers, the snapshot cannot land
        try {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            JsonPath failed = awaitStatus(alice, id, "failed");
            List<String> timeline = failed.getList("timeline.message");
            assertTrue(timeline.stream().anyMatch(m -> m.startsWith("completion try 1 of 2 failed")), timeline::toString);
            assertTrue(timeline.stream().anyMatch(m -> m.startsWith("job failed: it could not be completed in 2 tries")
                    && m.contains("bucket")), timeline::toString);
        } finally {
            s3.makeBucket(MakeBucketArgs.builder().bucket(BUCKET).build());
        }
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/retry").then().statusCode(200);
        awaitStatus(alice, id, "completed");
    }

    @Test
    void aTryWhoseProcessDiedCountsAndTheLastOneEndsTheJob() throws Exception {
        String alice = token("alice");
        String id = directImport(alice);
        // what a replica killed during its last try leaves: the job processing, every try counted, none running
        try (Connection c = db.getConnection(); PreparedStatement update = c.prepareStatement("UPDATE job SET "
                + "status = 'PROCESSING', completion_attempts = 2, completion_next_at = now() WHERE id = ?")) {
            update.setObject(1, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
        JsonPath failed = awaitStatus(alice, id, "failed");
        assertTrue(failed.getList("timeline.message", String.class).stream().anyMatch(m -> m.contains(
                "could not be completed in 2 tries (last: the last try did not finish")));
    }

    /** Removes the test's bucket with what earlier runs left in it. */
    private void removeBucket() throws Exception {
        for (Result<Item> object : s3.listObjects(ListObjectsArgs.builder().bucket(BUCKET).recursive(true).build())) {
            s3.removeObject(RemoveObjectArgs.builder().bucket(BUCKET).object(object.get().objectName()).build());
        }
        s3.removeBucket(RemoveBucketArgs.builder().bucket(BUCKET).build());
    }

    @Test
    void imagesThatNeverComeHoldTheJobNoLongerThanTheirTimeout() throws Exception {
        String alice = token("alice");
        String id = given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv")
                .multiPart("options", "{\"download_images\": true}").post(JOBS).then().statusCode(201)
                .extract().path("id");
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.LOOKUP_REQUESTED)) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            JsonPath batch = new JsonPath(kafka.await(r -> r.value().contains(id), Duration.ofSeconds(30)).value());
            String itemId = batch.getString("items[0].item_id");
            kafka.send(Topics.BATCH_DONE, id, EventTypes.BATCH_DONE, id, "acme", """
                    {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","items":[{"item_id":"%s",
                     "status":"matched","candidates":[{"asin":"B0IMAGES01","title":"A product","confidence":1.0,
                     "images":["http://images.example/1.jpg"]}],"chosen":"B0IMAGES01","match_type":"exact",
                     "confidence":1.0,"from_cache":false,"ms":3}]}""".formatted(batch.getString("batch_id"), id, itemId));
            // no images.stored ever comes
            JsonPath completed = awaitStatus(alice, id, "completed");
            assertTrue(completed.getList("timeline.message", String.class).stream()
                    .anyMatch(m -> m.startsWith("1 item(s) waited more than 1 s for their images")));
            given().auth().oauth2(alice).get(JOBS + "/" + id + "/results").then().statusCode(200)
                    .body("items[0].asin", equalTo("B0IMAGES01"));
        }
    }

    @Test
    void anExportNobodyAnswersEndsFailedSayingWhyAndALateAnswerStillCompletesIt() throws Exception {
        String alice = token("alice");
        String id = directImport(alice);
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
        awaitStatus(alice, id, "completed");
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/exports?format=csv").then().statusCode(202); // no
        // export-service runs here: nobody answers
        Instant deadline = Instant.now().plusSeconds(30);
        JsonPath detail;
        do {
            Thread.sleep(300);
            detail = given().auth().oauth2(alice).get(JOBS + "/" + id).then().extract().jsonPath();
        } while (!"failed".equals(detail.getString("exports[0].status")) && Instant.now().isBefore(deadline));
        assertEquals("failed", detail.getString("exports[0].status"), detail.prettify());
        assertTrue(detail.getString("exports[0].error").startsWith("export-service did not answer within"),
                detail.prettify());

        String exportId = detail.getString("exports[0].id");
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.EXPORT_DONE)) {
            kafka.send(Topics.EXPORT_DONE, id, EventTypes.EXPORT_DONE, id, "acme", """
                    {"export_id":"%s","job_id":"%s","tenant":"acme","format":"csv",
                     "object_key":"exports/acme/%s/%s.csv","rows":2,"bytes":100}"""
                    .formatted(exportId, id, id, exportId));
        }
        deadline = Instant.now().plusSeconds(30);
        do {
            Thread.sleep(300);
            detail = given().auth().oauth2(alice).get(JOBS + "/" + id).then().extract().jsonPath();
        } while (!"done".equals(detail.getString("exports[0].status")) && Instant.now().isBefore(deadline));
        assertEquals("done", detail.getString("exports[0].status"), "a late answer completes the export");
    }

    private static String directImport(String token) {
        return given().auth().oauth2(token).multiPart("file", "asins.csv",
                        "ean;asin\n3017620422003;B000000001\n5449000000996;B000000002\n".getBytes(), "text/csv")
                .multiPart("use_amazon_api", "false").post(JOBS).then().statusCode(201).extract().path("id");
    }

    private static long jobCount(String token) {
        return given().auth().oauth2(token).get(JOBS).then().statusCode(200).extract().jsonPath()
                .getLong("meta.total");
    }

}
