package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.jobs.client.ObjectStore;
import com.code2asin.jobs.rest.BadInputTest;
import com.code2asin.model.Topics;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A decision made in review after the job completed reaches what comes after it: the snapshot exports are made from
 * is written again before the next export (so no export shows the ASIN the person rejected), the job's XLSX is made
 * again when downloaded, and other services are told on {@code code2asin.asin-decisions.v1}.
 */
@QuarkusTest
class ReviewAfterCompletionTest {

    private static final String API = "/api/v1/code2asin";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ObjectStore store;

    @Test
    void aRejectionAfterCompletionReachesTheNextExportTheXlsxAndTheDecisionsTopic() throws Exception {
        String alice = token("alice");
        String job = BadInputTest.completedDirectImport(alice);
        String item = given().auth().oauth2(alice).get(API + "/jobs/" + job + "/results").then().statusCode(200)
                .body("items[0].asin", equalTo("B000TEST01")).extract().path("items[0].id");
        String snapshot = "snapshots/acme/" + job + ".jsonl";
        assertEquals("B000TEST01", row(snapshot).path("asin").asText(), "the snapshot as the job completed");

        ConsumerRecord<String, String> decision;
        try (KafkaTestClient decisions = new KafkaTestClient(Topics.ASIN_DECISIONS)) {
            given().auth().oauth2(alice).contentType("application/json")
                    .post(API + "/jobs/" + job + "/results/" + item + "/reject").then().statusCode(200)
                    .body("status", equalTo("unmatched"));
            decision = decisions.await(r -> r.value().contains(job), Duration.ofSeconds(30));
        }
        assertEquals("asin.rejected", KafkaTestClient.header(decision, "ce_type"));
        assertEquals("acme", KafkaTestClient.header(decision, "ce_tenant"));
        JsonNode event = JSON.readTree(decision.value());
        assertEquals(item, event.path("item_id").asText());
        assertEquals("B000TEST01", event.path("asin").asText());
        assertEquals("B000TEST01", event.path("previous_asin").asText());
        assertTrue(event.path("new_asin").isMissingNode(), "nothing replaced the rejected ASIN: " + event);
        assertEquals("alice", event.path("actor").asText());
        assertEquals("3017620422003", event.path("code").asText());
        assertEquals("manual", event.path("match_type").asText());
        assertTrue(event.path("reason").asText().contains("rejected by alice"), event.toString());

        given().auth().oauth2(alice).queryParam("format", "csv").post(API + "/jobs/" + job + "/exports").then()
                .statusCode(202);
        JsonNode reviewed = row(snapshot);
        assertEquals("unmatched", reviewed.path("status").asText(), "the export is made from the reviewed results");
        assertFalse(reviewed.has("asin"), "no export shows the rejected ASIN: " + reviewed);

        // the job's XLSX was written before the review: it is made again, and followed until written
        String regenerated = given().auth().oauth2(alice).get(API + "/jobs/" + job + "/download").then()
                .statusCode(202).body("format", equalTo("xlsx")).body("status", equalTo("requested"))
                .header("Location", containsString("/exports/")).extract().path("id");
        assertNotNull(regenerated);
        given().auth().oauth2(alice).get(API + "/jobs/" + job + "/download").then().statusCode(202)
                .body("id", equalTo(regenerated)); // asked once, not at every download
    }

    /** The one row of the job's snapshot (its file has one code). */
    private JsonNode row(String key) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.read(key).subscribe().asStream().forEach(bytes::writeBytes);
        String lines = bytes.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, lines.lines().count(), lines);
        return JSON.readTree(lines);
    }
}
