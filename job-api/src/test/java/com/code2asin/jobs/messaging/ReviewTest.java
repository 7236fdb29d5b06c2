package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * A person accepts another candidate and rejects a wrong match; both are remembered for the tenant and applied to
 * the next job returning the same pairs. The test plays lookup-worker on the real Kafka.
 */
@QuarkusTest
class ReviewTest {

    private static final String API = "/api/v1/code2asin";
    private static final String JOBS = API + "/jobs";

    @Test
    void decisionsAreRecordedRememberedAndAppliedToLaterJobs() throws Exception {
        String alice = token("alice");
        String first = TestCodes.randomEan();
        String second = TestCodes.randomEan();
        String asinA = "B0" + first.substring(5, 13);
        String asinB = "B0" + second.substring(5, 13);

        String[] job1 = runJob(alice, first, second, asinA, asinB);
        given().auth().oauth2(alice).contentType("application/json").body("{\"asin\": \"B0ZZZZZZZZ\"}")
                .post(JOBS + "/" + job1[0] + "/results/" + job1[1] + "/accept").then().statusCode(400)
                .body("detail", containsString("not among this item's candidates"));
        given().auth().oauth2(alice).contentType("application/json").body("{\"asin\": \"B0ALTERNAT\"}")
                .post(JOBS + "/" + job1[0] + "/results/" + job1[1] + "/accept").then().statusCode(200)
                .body("status", equalTo("matched")).body("asin", equalTo("B0ALTERNAT"))
                .body("match_type", equalTo("manual")).body("reviewed_by", equalTo("alice"));
        given().auth().oauth2(alice).contentType("application/json")
                .post(JOBS + "/" + job1[0] + "/results/" + job1[2] + "/reject").then().statusCode(200)
                .body("status", equalTo("unmatched")).body("match_type", equalTo("manual"));
        given().auth().oauth2(alice).get(API + "/review-rules").then().statusCode(200)
                .body("items.findAll { it.gtin14 == '0" + first + "' }.decision", hasItem("always"))
                .body("items.findAll { it.gtin14 == '0" + second + "' }.decision", hasItem("never"));
        given().auth().oauth2(token("bob")).get(API + "/review-rules").then().statusCode(200)
                .body("items.gtin14", not(hasItem("0" + first)));

        String[] job2 = runJob(alice, first, second, asinA, asinB);
        given().auth().oauth2(alice).queryParam("match_type", "manual").get(JOBS + "/" + job2[0] + "/results")
                .then().statusCode(200)
                .body("items.find { it.id == '" + job2[1] + "' }.asin", equalTo("B0ALTERNAT"))
                .body("items.find { it.id == '" + job2[1] + "' }.status", equalTo("matched"));
        given().auth().oauth2(alice).queryParam("status", "unmatched").get(JOBS + "/" + job2[0] + "/results")
                .then().statusCode(200).body("items.id", hasItem(job2[2]));

        String rule = given().auth().oauth2(alice).get(API + "/review-rules").then().extract()
                .path("items.find { it.gtin14 == '0" + first + "' }.id");
        given().auth().oauth2(token("walt")).delete(API + "/review-rules/" + rule).then()
                .statusCode(403);
        given().auth().oauth2(alice).delete(API + "/review-rules/" + rule).then().statusCode(204);
        given().auth().oauth2(alice).delete(API + "/review-rules/" + rule).then().statusCode(404);
    }

    /**
     * Creates and starts a job of two codes, answers its batch as lookup-worker would (the first code ambiguous
     * between two ASINs, the second matched) and waits until job-api applied it. Returns job id and item ids.
     */
    private static String[] runJob(String token, String first, String second, String asinA, String asinB)
            throws Exception {
        String id = given().auth().oauth2(token).multiPart("file", "codes.csv",
                (first + "\n" + second + "\n").getBytes(), "text/csv").post(JOBS).then().statusCode(201)
                .extract().path("id");
        JsonNode request;
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            given().auth().oauth2(token).post(JOBS + "/" + id + "/start").then().statusCode(200);
            request = KafkaTestClient.awaitForJob(requests, id);
        }
        String item1 = itemOf(request, first);
        String item2 = itemOf(request, second);
        String done = """
                {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","marketplace":"FR","provider":"sp-api",
                 "items":[{"item_id":"%s","status":"ambiguous","confidence":1.0,"from_cache":false,"ms":3,
                           "candidates":[%s,%s]},
                          {"item_id":"%s","status":"matched","chosen":"%s","match_type":"exact","confidence":1.0,
                           "from_cache":false,"ms":3,"candidates":[%s]}]}"""
                .formatted(request.path("batch_id").asText(), id, item1, candidate(asinA), candidate("B0ALTERNAT"),
                        item2, asinB, candidate(asinB));
        KafkaTestClient.publish("code2asin.batch-done.v1", id, done);
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            int pending = given().auth().oauth2(token).queryParam("status", "pending")
                    .get(JOBS + "/" + id + "/results").then().extract().path("meta.total");
            if (pending == 0) {
                return new String[] {id, item1, item2};
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch.done of job " + id + " was not applied");
    }

    private static String candidate(String asin) {
        return "{\"asin\":\"" + asin + "\",\"title\":\"Product " + asin + "\",\"match_type\":\"exact\","
                + "\"confidence\":1.0,\"images\":[]}";
    }

    private static String itemOf(JsonNode request, String ean) {
        for (JsonNode item : request.path("items")) {
            if (item.path("code").asText().equals(ean)) {
                return item.path("item_id").asText();
            }
        }
        throw new AssertionError("code " + ean + " not in " + request);
    }
}
