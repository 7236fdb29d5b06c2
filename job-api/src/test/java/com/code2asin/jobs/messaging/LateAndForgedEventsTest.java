package com.code2asin.jobs.messaging;

import static com.code2asin.jobs.JobsOverHttp.upload;
import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.testing.ConsumerGroups;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * Answers are checked against what they claim, on the real Kafka: a second answer to a batch (a late attempt, a
 * redelivery) or one for a job that is over changes nothing, an item an answer leaves out is tried again, and an
 * export.done naming a file outside its job's prefix (another tenant's) goes to the dead-letter topic instead of
 * becoming that job's download.
 */
@QuarkusTest
class LateAndForgedEventsTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";
    private static final String BATCH_DONE = "code2asin.batch-done.v1";

    @Test
    void aSecondAnswerChangesNothingAndAnItemLeftOutIsTriedAgain() throws Exception {
        String alice = token("alice");
        String id = upload(alice, "3017620422003\n5449000000996\n");
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            JsonNode batch = KafkaTestClient.awaitForJob(requests, id);
            String batchId = batch.path("batch_id").asText();
            String first = batch.path("items").get(0).path("item_id").asText();
            String second = batch.path("items").get(1).path("item_id").asText();

            answer(id, batchId, 1, matched(first, "B0FRESH001")); // says nothing of the second item
            assertEquals("B0FRESH001", result(alice, id, first).getString("asin"));
            JsonPath leftOut = result(alice, id, second);
            assertEquals("pending", leftOut.getString("status"), "left out: tried again on the retry schedule");
            assertTrue(leftOut.getString("error").contains("said nothing of this item"), leftOut.prettify());

            answer(id, batchId, 0, matched(first, "B0STALE001") + "," + matched(second, "B0STALE002")); // late
            assertEquals("B0FRESH001", result(alice, id, first).getString("asin"), "the first answer stands");
            assertEquals("pending", status(alice, id, second));
        } finally {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/cancel").then().statusCode(200);
        }
    }

    @Test
    void anAnswerForAJobThatIsOverChangesNothing() throws Exception {
        String alice = token("alice");
        String id = upload(alice, "3017620422003\n");
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            JsonNode batch = KafkaTestClient.awaitForJob(requests, id);
            String item = batch.path("items").get(0).path("item_id").asText();
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/cancel").then().statusCode(200);
            answer(id, batch.path("batch_id").asText(), 1, matched(item, "B0AFTER001"));
            assertEquals("pending", status(alice, id, item), "a cancelled job keeps its items as they were");
        }
    }

    @Test
    void anExportDoneNamingAFileOutsideItsJobGoesToTheDeadLetterTopic() throws Exception {
        String alice = token("alice");
        String id = given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(),
                "text/csv").post(JOBS).then().statusCode(201).extract().path("id");
        String exportId = UUID.randomUUID().toString();
        String foreign = "exports/globex/" + UUID.randomUUID() + "/secret.csv";
        try (KafkaConsumer<String, String> dlq = KafkaTestClient.atTheEnd("code2asin.export-done.v1.dlq")) {
            KafkaTestClient.publish("code2asin.export-done.v1", id, """
                    {"export_id":"%s","job_id":"%s","tenant":"acme","format":"csv","object_key":"%s","rows":1,
                     "bytes":10}""".formatted(exportId, id, foreign));
            String reason = KafkaTestClient.deadLetterReason(dlq);
            assertTrue(reason.contains("must lie under exports/acme/" + id + "/"), reason);
        }
        given().auth().oauth2(alice).get(JOBS + "/" + id + "/exports/" + exportId).then().statusCode(404);
    }

    /** A marketplace is one of those the suite knows, in every event: an unknown one makes the answer unreadable. */
    @Test
    void anAnswerNamingAnUnknownMarketplaceGoesToTheDeadLetterTopic() throws Exception {
        String id = upload(token("alice"), "3017620422003\n");
        String forged = """
                {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","marketplace":"XX","provider":"sp-api",
                 "items":[]}""".formatted(UUID.randomUUID(), id);
        try (KafkaConsumer<String, String> dlq = KafkaTestClient.atTheEnd(BATCH_DONE + ".dlq")) {
            KafkaTestClient.publish(BATCH_DONE, id, forged);
            ConsumerRecord<String, String> dead = KafkaTestClient.next(dlq);
            String why = KafkaTestClient.header(dead, "deserialization-failure-reason") + " / "
                    + KafkaTestClient.header(dead, "deserialization-failure-cause");
            assertTrue(why.contains("unknown marketplace 'XX'"), why);
            assertEquals(forged, KafkaTestClient.header(dead, "deserialization-failure-value-data"));
        }
    }

    private static void answer(String jobId, String batchId, int attempt, String items) throws Exception {
        ConsumerGroups.awaitConsumed("job-api", KafkaTestClient.publish(BATCH_DONE, jobId, """
                {"batch_id":"%s","attempt":%d,"job_id":"%s","tenant":"acme","marketplace":"FR","provider":"sp-api",
                 "items":[%s]}""".formatted(batchId, attempt, jobId, items)));
    }

    private static String matched(String itemId, String asin) {
        return """
                {"item_id":"%s","status":"matched","candidates":[{"asin":"%s","title":"A product","confidence":1.0,
                 "match_type":"exact"}],"chosen":"%s","match_type":"exact","confidence":1.0,"from_cache":false,
                 "ms":3,"marketplace":"FR"}""".formatted(itemId, asin, asin);
    }

    private static String unmatched(String itemId) {
        return """
                {"item_id":"%s","status":"unmatched","candidates":[],"from_cache":false,"ms":3,"marketplace":"FR"}"""
                .formatted(itemId);
    }

    private static JsonPath result(String token, String jobId, String itemId) {
        JsonPath page = given().auth().oauth2(token).get(JOBS + "/" + jobId + "/results").then().statusCode(200)
                .extract().jsonPath();
        return new JsonPath(page.prettify()).setRootPath("items.find { it.id == '" + itemId + "' }");
    }

    private static String status(String token, String jobId, String itemId) {
        return result(token, jobId, itemId).getString("status");
    }

}
