package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.jobs.client.ObjectStore;
import com.code2asin.model.Topics;
import com.code2asin.model.code.CodeParser;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * Every lookup and review of an item is in its change log (and a person's choice of another candidate is
 * {@code asin.changed} on the decisions topic): the ASIN before and after, why, how long, with which
 * provider and marketplace, and the provider's own answer for the code; readable per item by its tenant, and in the
 * result snapshot (so the JSON export) without the raw answers. Real Kafka: the test plays lookup-worker.
 */
@QuarkusTest
class ItemHistoryTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ObjectStore store;

    @Test
    void aLookupAndAReviewAreLoggedWithTheProvidersAnswer() throws Exception {
        String alice = token("alice");
        // a code of its own: the review below is remembered for the tenant's code, and would decide the next run's
        String body = "40" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
        String code = body + CodeParser.checkDigit(body);
        String id = given().auth().oauth2(alice).multiPart("file", "codes.csv", (code + "\n").getBytes(),
                "text/csv").multiPart("options", "{\"download_images\": false}").post(JOBS).then().statusCode(201)
                .extract().path("id");
        JsonNode request;
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            request = KafkaTestClient.awaitForJob(requests, id);
        }
        String item = request.path("items").get(0).path("item_id").asText();
        String raw = gzipBase64("{\"items\":[{\"asin\":\"B000HIST01\",\"summaries\":[{\"itemName\":\"Nutella\"}]}]}");
        KafkaTestClient.publish("code2asin.batch-done.v1", id, """
                {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","marketplace":"FR","provider":"sp-api",
                 "items":[{"item_id":"%s","status":"matched","chosen":"B000HIST01","match_type":"exact",
                           "confidence":0.97,"from_cache":false,"ms":42,"marketplace":"FR","raw_answer":"%s",
                           "candidates":[{"asin":"B000HIST01","title":"Nutella","match_type":"exact",
                                          "confidence":0.97},
                                         {"asin":"B000HIST02","title":"Nutella 750 g","match_type":"fuzzy",
                                          "confidence":0.4}]}]}"""
                .formatted(request.path("batch_id").asText(), id, item, raw));
        awaitCompleted(alice, id);

        ConsumerRecord<String, String> changed;
        try (KafkaTestClient decisions = new KafkaTestClient(Topics.ASIN_DECISIONS)) {
            given().auth().oauth2(alice).contentType("application/json").body("{\"asin\": \"B000HIST02\"}")
                    .post(JOBS + "/" + id + "/results/" + item + "/accept").then().statusCode(200);
            changed = decisions.await(r -> r.value().contains(item), Duration.ofSeconds(30));
        }
        assertEquals("asin.changed", KafkaTestClient.header(changed, "ce_type"));
        JsonNode decision = JSON.readTree(changed.value());
        assertEquals("B000HIST01", decision.path("previous_asin").asText());
        assertEquals("B000HIST02", decision.path("new_asin").asText());
        given().auth().oauth2(alice).contentType("application/json")
                .post(JOBS + "/" + id + "/results/" + item + "/reject").then().statusCode(200);

        JsonPath history = given().auth().oauth2(alice).get(JOBS + "/" + id + "/results/" + item + "/history")
                .then().statusCode(200).body("size()", equalTo(3)).extract().jsonPath();
        assertEquals("lookup", history.getString("[0].kind"));
        assertEquals("matched", history.getString("[0].status"));
        assertEquals(null, history.getString("[0].previous_asin"));
        assertEquals("B000HIST01", history.getString("[0].new_asin"));
        assertTrue(history.getString("[0].reason").contains("exact"), history.getString("[0].reason"));
        assertEquals(42, history.getInt("[0].duration_ms"));
        assertEquals("sp-api", history.getString("[0].provider"));
        assertEquals("FR", history.getString("[0].marketplace"));
        assertEquals("Nutella", history.getString("[0].raw_answer.items[0].summaries[0].itemName"));
        assertEquals("review", history.getString("[1].kind"));
        assertEquals("B000HIST01", history.getString("[1].previous_asin"));
        assertEquals("B000HIST02", history.getString("[1].new_asin"));
        assertEquals("alice", history.getString("[1].actor"));
        assertNull(history.get("[1].raw_answer"));
        assertEquals("B000HIST02", history.getString("[2].previous_asin"));
        assertEquals(null, history.getString("[2].new_asin"));
        assertTrue(history.getString("[2].reason").contains("rejected by alice"), history.getString("[2].reason"));

        given().auth().oauth2(token("bob")).get(JOBS + "/" + id + "/results/" + item + "/history").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(alice).get(JOBS + "/" + id + "/results/" + UUID.randomUUID() + "/history").then()
                .statusCode(404);

        // the next export's snapshot carries the log, without the raw answers
        given().auth().oauth2(alice).queryParam("format", "json").post(JOBS + "/" + id + "/exports").then()
                .statusCode(202);
        JsonNode row = snapshotRow("snapshots/acme/" + id + ".jsonl");
        assertEquals(3, row.path("history").size(), row.toString());
        assertEquals("B000HIST01", row.at("/history/0/new_asin").asText());
        assertEquals("alice", row.at("/history/2/actor").asText());
        assertFalse(row.toString().contains("raw_answer"), row.toString());
    }

    private static void awaitCompleted(String token, String id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if ("completed".equals(given().auth().oauth2(token).get(JOBS + "/" + id).then().statusCode(200)
                    .extract().path("job.status"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not complete");
    }

    private JsonNode snapshotRow(String key) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.read(key).subscribe().asStream().forEach(bytes::writeBytes);
        return JSON.readTree(bytes.toString(StandardCharsets.UTF_8).strip());
    }

    private static String gzipBase64(String json) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
