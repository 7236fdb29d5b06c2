package com.code2asin.jobs.messaging;

import static com.code2asin.jobs.JobsOverHttp.awaitStatus;
import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * A batch whose answer does not come back in time is sent again with the next attempt number (at least once), and
 * the answer to the new attempt is applied; a batch no attempt of which is answered stops being sent. Real Kafka; the
 * test plays a lookup-worker that loses requests.
 */
@QuarkusTest
@TestProfile(OverdueBatchTest.ShortBatchTimeout.class)
class OverdueBatchTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class ShortBatchTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("job-api.batch-timeout", "3s", "job-api.max-batch-attempts", "3",
                    "job-api.retry-schedule", "1s");
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
        awaitStatus(alice, id, "completed"); // on the second attempt's answer
        given().auth().oauth2(alice).get(JOBS + "/" + id + "/results").then().statusCode(200)
                .body("items[0].status", equalTo("unmatched"));
    }

    /**
     * A request lookup-worker never answers (one it refused to its dead-letter topic) is sent max-batch-attempts times,
     * then its items fail as unknown and go back to the retry schedule in a new batch; when the schedule (one retry
     * here) ends too they fail for good and the job ends instead of waiting forever.
     */
    @Test
    void aBatchNoAttemptOfWhichIsAnsweredStopsBeingSentAndTheJobEnds() throws Exception {
        String alice = token("alice");
        String id = given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(),
                "text/csv").post(JOBS).then().statusCode(201).extract().path("id");
        List<JsonNode> sent = new ArrayList<>();
        String status = null;
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline) && !"failed".equals(status)) {
                requests.poll(Duration.ofMillis(300)).forEach(record -> {
                    if (record.value().contains(id)) {
                        sent.add(read(record.value()));
                    }
                });
                status = given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(200).extract()
                        .path("job.status");
            }
        }
        List<Integer> attempts = sent.stream().map(e -> e.path("attempt").asInt()).toList();
        assertEquals("failed", status, "the job ends once no batch of it can be answered; attempts sent: " + attempts);
        assertEquals(List.of(1, 2, 3, 1, 2, 3), attempts,
                "each batch is sent three times, no more; then the item's retry goes in a new batch");
        assertEquals(2, sent.stream().map(e -> e.path("batch_id").asText()).distinct().count());
        given().auth().oauth2(alice).get(JOBS + "/" + id + "/results").then().statusCode(200)
                .body("items[0].status", equalTo("failed"))
                .body("items[0].error_category", equalTo("unknown"))
                .body("items[0].error", containsString("answered none of the 3 attempts"));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
