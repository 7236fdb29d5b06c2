package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * A job asks lookup-worker for prices unless told not to ({@code with_prices}), and keeps the chosen candidate's
 * offer summary: the results show it beside the price, and the figures count the item as priced. The test plays
 * lookup-worker on the real Kafka.
 */
@QuarkusTest
class PricesTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";

    @Test
    void aJobAsksForPricesByDefaultAndShowsTheChosenOffer() throws Exception {
        String alice = token("alice");
        String code = TestCodes.randomEan();
        String id = given().auth().oauth2(alice)
                .multiPart("file", "codes.csv", (code + "\n").getBytes(), "text/csv")
                .post(JOBS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(200)
                .body("options.with_prices", equalTo(true));

        JsonNode request = started(alice, id);
        assertEquals(true, request.path("with_prices").asBoolean(false), request::toString);

        String item = request.path("items").get(0).path("item_id").asText();
        KafkaTestClient.publish("code2asin.batch-done.v1", id, """
                {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","marketplace":"FR","provider":"sp-api",
                 "items":[{"item_id":"%s","status":"matched","chosen":"B0PRICE001","match_type":"exact",
                           "confidence":1.0,"from_cache":false,"ms":3,"marketplace":"FR",
                           "candidates":[{"asin":"B0PRICE001","title":"Pen","match_type":"exact","confidence":1.0,
                                          "price":14.90,"currency":"EUR","images":[],
                                          "offer":{"buy_box_price":14.90,"lowest_new_price":13.50,
                                                   "currency":"EUR","offer_count":4,"fulfillment":"FBA",
                                                   "prime":true,"availability":"NOW"}}]}]}"""
                .formatted(request.path("batch_id").asText(), id, item));
        awaitMatched(alice, id);

        given().auth().oauth2(alice).get(JOBS + "/" + id + "/results").then().statusCode(200)
                .body("items[0].amazon_price", equalTo(14.90f))
                .body("items[0].amazon_offer.buy_box_price", equalTo(14.90f))
                .body("items[0].amazon_offer.lowest_new_price", equalTo(13.50f))
                .body("items[0].amazon_offer.offer_count", equalTo(4))
                .body("items[0].amazon_offer.fulfillment", equalTo("FBA"))
                .body("items[0].amazon_offer.prime", equalTo(true))
                .body("items[0].candidates[0].offer.availability", equalTo("NOW"));
        given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(200)
                .body("figures.with_price", equalTo(1));
    }

    @Test
    void aJobThatDoesNotWantPricesSaysSoToLookupWorker() throws Exception {
        String alice = token("alice");
        String id = given().auth().oauth2(alice)
                .multiPart("file", "codes.csv", (TestCodes.randomEan() + "\n").getBytes(), "text/csv")
                .multiPart("options", "{\"with_prices\": false}").post(JOBS).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(200)
                .body("options.with_prices", equalTo(false));
        JsonNode request = started(alice, id);
        assertFalse(request.path("with_prices").asBoolean(true), request::toString);
    }

    private static JsonNode started(String token, String id) throws Exception {
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            given().auth().oauth2(token).post(JOBS + "/" + id + "/start").then().statusCode(200);
            return KafkaTestClient.awaitForJob(requests, id);
        }
    }

    private static void awaitMatched(String token, String id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        String status = null;
        while (!"matched".equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = given().auth().oauth2(token).get(JOBS + "/" + id + "/results").then().extract()
                    .path("items[0].status");
        }
        assertEquals("matched", status);
    }
}
