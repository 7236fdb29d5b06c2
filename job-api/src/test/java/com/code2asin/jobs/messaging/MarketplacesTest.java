package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * A job naming several marketplaces sends its batches for the first with the others as fallbacks, in order and
 * each once; every result says which marketplace answered it. The test plays lookup-worker on the real Kafka.
 */
@QuarkusTest
class MarketplacesTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";

    @Test
    void theFirstMarketplaceIsAskedFirstAndEachResultNamesTheOneThatAnswered() throws Exception {
        String alice = token("alice");
        String id = given().auth().oauth2(alice)
                .multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv")
                .multiPart("options", "{\"marketplaces\": [\"fr\", \"DE\", \"FR\", \"it\"]}").post(JOBS).then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(200)
                .body("job.marketplace", equalTo("FR"))
                .body("job.marketplaces", equalTo(List.of("FR", "DE", "IT")));

        JsonNode request;
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            request = KafkaTestClient.awaitForJob(requests, id);
        }
        assertEquals("FR", request.path("marketplace").asText());
        assertEquals("[\"DE\",\"IT\"]", request.path("fallback_marketplaces").toString());

        String item = request.path("items").get(0).path("item_id").asText();
        KafkaTestClient.publish("code2asin.batch-done.v1", id, """
                {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","marketplace":"FR","provider":"sp-api",
                 "items":[{"item_id":"%s","status":"matched","chosen":"B0DE000001","match_type":"exact",
                           "confidence":1.0,"from_cache":false,"ms":3,"marketplace":"DE",
                           "candidates":[{"asin":"B0DE000001","title":"Nutella 400 g","match_type":"exact",
                                          "confidence":1.0,"currency":"EUR","images":[]}]}]}"""
                .formatted(request.path("batch_id").asText(), id, item));
        Instant deadline = Instant.now().plusSeconds(30);
        String status = null;
        while (!"matched".equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = given().auth().oauth2(alice).get(JOBS + "/" + id + "/results").then().extract()
                    .path("items[0].status");
        }
        given().auth().oauth2(alice).get(JOBS + "/" + id + "/results").then().statusCode(200)
                .body("items[0].status", equalTo("matched"))
                .body("items[0].asin", equalTo("B0DE000001"))
                .body("items[0].marketplace", equalTo("DE"));
    }

    @Test
    void anUnknownMarketplaceAmongSeveralIsRefusedByName() {
        given().auth().oauth2(token("alice"))
                .multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv")
                .multiPart("options", "{\"marketplaces\": [\"FR\", \"XX\"]}").post(JOBS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("marketplace 'XX' is unknown"));
    }
}
