package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * A batch whose answer does not come back in time is sent again with the next attempt number (at least once), and
 * the answer to the new attempt is applied. Real Kafka; the test plays a lookup-worker that loses the first request.
 */
@QuarkusTest
@TestProfile(OverdueBatchTest.ShortBatchTimeout.class)
class OverdueBatchTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";

    public static class ShortBatchTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("job-api.batch-timeout", "2s");
        }
    }

    @Test
    void anUnansweredBatchIsSentAgainAndItsNewAnswerApplied() throws Exception {
        String alice = token("alice");
        String id = given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(),
                "text/csv").post(JOBS).then().statusCode(201).extract().path("id");
        JsonNode first;
        JsonNode again;
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            first = KafkaTestClient.awaitForJob(requests, id); // lost: never answered
            again = KafkaTestClient.awaitForJob(requests, id);
        }
        assertEquals(first.path("batch_id").asText(), again.path("batch_id").asText(), "the same batch");
        assertEquals(1, first.path("attempt").asInt());
        assertEquals(2, again.path("attempt").asInt(), "with the next attempt number");
        assertEquals(first.path("items"), again.path("items"), "and the same items");

        String itemId = again.path("items").get(0).path("item_id").asText();
        KafkaTestClient.publish("code2asin.batch-done.v1", id, """
                {"batch_id":"%s","attempt":2,"job_id":"%s","tenant":"acme","marketplace":"FR","provider":"sp-api",
                 "items":[{"item_id":"%s","status":"unmatched","candidates":[],"from_cache":false,"ms":4}]}"""
                .formatted(again.path("batch_id").asText(), id, itemId));
        Instant deadline = Instant.now().plusSeconds(30);
        String status = null;
        while (Instant.now().isBefore(deadline) && !"completed".equals(status)) {
            Thread.sleep(200);
            status = given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(200).extract()
                    .path("job.status");
        }
        assertEquals("completed", status, "the job completes on the second attempt's answer");
        given().auth().oauth2(alice).get(JOBS + "/" + id + "/results").then().statusCode(200)
                .body("items[0].status", org.hamcrest.Matchers.equalTo("unmatched"));
    }
}
