package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.testing.ConsumerGroups;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A transient failure reported by lookup-worker (a refused credential too) puts the item back in the queue on the
 * retry schedule (1 min first), and a duplicate of that answer changes nothing. Real Kafka: the test plays
 * lookup-worker.
 */
@QuarkusTest
class AutomaticRetryTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";

    /** {@code auth}: Amazon refused a fresh token; the credential may be fixed before the next try. */
    @ParameterizedTest
    @ValueSource(strings = {"network", "auth"})
    void aTransientFailureIsScheduledForRetryAndADuplicateAnswerIsIgnored(String category) throws Exception {
        String alice = token("alice");
        String id = given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(),
                "text/csv").post(JOBS).then().statusCode(201).extract().path("id");
        JsonNode request;
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            request = KafkaTestClient.awaitForJob(requests, id);
        }
        String itemId = request.path("items").get(0).path("item_id").asText();
        String failed = """
                {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","marketplace":"FR","provider":"sp-api",
                 "items":[{"item_id":"%s","status":"failed","candidates":[],"error_category":"%s",
                           "error":"SP-API failed","from_cache":false,"ms":5}]}"""
                .formatted(request.path("batch_id").asText(), id, itemId, category);
        Instant answered = Instant.now();
        KafkaTestClient.publish("code2asin.batch-done.v1", id, failed);
        JsonPath item = awaitItem(alice, id, 1);
        assertEquals("pending", item.getString("items[0].status"));
        assertEquals(category, item.getString("items[0].error_category"));
        Instant next = Instant.parse(item.getString("items[0].next_retry_at"));
        assertTrue(next.isAfter(answered.plusSeconds(50)), "first retry after about a minute, not " + next);

        RecordMetadata duplicate = KafkaTestClient.publish("code2asin.batch-done.v1", id, failed); // the same answer again
        ConsumerGroups.awaitConsumed("job-api", duplicate);
        JsonPath again = pending(alice, id);
        assertEquals(1, again.getInt("items[0].lookup_attempts"), "a duplicate answer is applied once");
    }

    /** A failure for good is logged naming its item, and the product id only when the file gave one. */
    @Test
    void anItemThatFailsForGoodIsLoggedByItsItemAndTheProductIdTheFileGave() throws Exception {
        String alice = token("alice");
        String id = given().auth().oauth2(alice).multiPart("file", "codes.csv",
                "ean;product_id\n3017620422003;PIM-7\n4006381333931;\n".getBytes(), "text/csv").post(JOBS).then()
                .statusCode(201).extract().path("id");
        JsonNode request;
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            request = KafkaTestClient.awaitForJob(requests, id);
        }
        Map<String, String> itemOfCode = new HashMap<>();
        StringBuilder answers = new StringBuilder();
        for (JsonNode item : request.path("items")) {
            itemOfCode.put(item.path("code").asText(), item.path("item_id").asText());
            answers.append(answers.isEmpty() ? "" : ",").append("""
                    {"item_id":"%s","status":"failed","candidates":[],"error_category":"invalid_data",
                     "error":"not a code Amazon knows","from_cache":false,"ms":5}""".formatted(
                    item.path("item_id").asText()));
        }
        KafkaTestClient.publish("code2asin.batch-done.v1", id, """
                {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","marketplace":"FR","provider":"sp-api",
                 "items":[%s]}""".formatted(request.path("batch_id").asText(), id, answers));

        JsonPath lines = awaitErrorLines(alice, id, 2);
        assertEquals("PIM-7", lines.getString("items.find { it.item_id == '" + itemOfCode.get("3017620422003")
                + "' }.product_id"));
        assertNull(lines.getString("items.find { it.item_id == '" + itemOfCode.get("4006381333931")
                + "' }.product_id"), "no product id in the file: none in the log, not the item id");
    }

    private static JsonPath awaitErrorLines(String token, String id, int wanted) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonPath page;
        do {
            page = given().auth().oauth2(token).queryParam("level", "error").get(JOBS + "/" + id + "/logs").then()
                    .statusCode(200).extract().jsonPath();
            if (page.getList("items.findAll { it.item_id != null }").size() >= wanted) {
                return page;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("fewer than " + wanted + " error lines about an item: " + page.prettify());
    }

    private static JsonPath pending(String token, String id) {
        return given().auth().oauth2(token).queryParam("status", "pending").get(JOBS + "/" + id + "/results")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitItem(String token, String id, int attempts) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            JsonPath page = pending(token, id);
            if (page.getInt("meta.total") == 1 && page.getInt("items[0].lookup_attempts") == attempts) {
                return page;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the item never showed " + attempts + " lookup attempt(s): " + pending(token, id).prettify());
    }
}
