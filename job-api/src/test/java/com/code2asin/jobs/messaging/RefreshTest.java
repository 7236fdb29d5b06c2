package com.code2asin.jobs.messaging;

import static com.code2asin.jobs.JobsOverHttp.awaitStatus;
import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Topics;
import com.code2asin.testing.KafkaTestClient;
import com.code2asin.testing.OutsideTheContract;
import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * A completed job refreshed, by hand and on its schedule: its codes looked up again with prices and without images,
 * and each price further from the seller's own than 10% sent as price.alert and marked in the results. The test
 * plays lookup-worker on the real Kafka.
 */
@QuarkusTest
class RefreshTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";

    @Inject
    AgroalDataSource db;

    @Test
    void aRefreshLooksTheCodesUpAgainForPricesAndAlertsOnAGapAboveTheThreshold() throws Exception {
        String walt = token("walt");
        String id = completedJob(walt, "14.90");
        given().auth().oauth2(walt).get(JOBS + "/" + id + "/results").then().statusCode(200)
                .body("items[0].price_difference_percent", equalTo(49.0f))
                .body("items[0].price_alert", equalTo(true));

        JsonNode request;
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd(Topics.LOOKUP_REQUESTED);
             KafkaConsumer<String, String> alerts = KafkaTestClient.atTheEnd(Topics.PRICE_ALERTS)) {
            given().auth().oauth2(walt).post(JOBS + "/" + id + "/refresh").then().statusCode(200)
                    .body("status", equalTo("processing")).body("requeued", equalTo(1));
            request = KafkaTestClient.awaitForJob(requests, id);
            assertTrue(request.path("with_prices").asBoolean(), request::toString);
            assertFalse(request.path("download_images").asBoolean(true), "a refresh asks for no image again");
            answer(request, id, "20.10");
            awaitStatus(walt, id, "completed");
            JsonNode alert = KafkaTestClient.awaitForJob(alerts, id);
            assertEquals(101.0, alert.path("difference_percent").asDouble(), 1e-9, alert::toString);
            assertEquals(10.0, alert.path("seller_price").asDouble(), 1e-9);
            assertEquals("B0REFRESH1", alert.path("asin").asText());
        }
        given().auth().oauth2(walt).get(JOBS + "/" + id + "/results").then().statusCode(200)
                .body("items[0].amazon_price", equalTo(20.10f))
                .body("items[0].price_difference_percent", equalTo(101.0f));

        given().auth().oauth2(walt).post(JOBS + "/" + id + "/refresh").then().statusCode(200);
        given().auth().oauth2(walt).post(JOBS + "/" + id + "/refresh").then().statusCode(409)
                .body("detail", containsString("cannot refresh a job that is processing"));
    }

    @Test
    void anAsinAPersonAcceptedStaysThroughARefreshWithTodaysPrice() throws Exception {
        String walt = token("walt");
        String id = completedJob(walt, "14.90");
        String item = given().auth().oauth2(walt).get(JOBS + "/" + id + "/results").then().statusCode(200)
                .extract().path("items[0].id");
        given().auth().oauth2(walt).contentType("application/json").body("{\"asin\": \"B0REFRESH1\"}")
                .post(JOBS + "/" + id + "/results/" + item + "/accept").then().statusCode(200)
                .body("match_type", equalTo("manual"));

        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd(Topics.LOOKUP_REQUESTED)) {
            given().auth().oauth2(walt).post(JOBS + "/" + id + "/refresh").then().statusCode(200)
                    .body("requeued", equalTo(1));
            JsonNode request = KafkaTestClient.awaitForJob(requests, id);
            // today the lookup prefers another listing; the person's stays, at today's price
            KafkaTestClient.publish(Topics.BATCH_DONE, id, """
                    {"batch_id":"%s","attempt":%d,"job_id":"%s","tenant":"acme","marketplace":"FR",
                     "provider":"sp-api","items":[{"item_id":"%s","status":"matched","chosen":"B0ANOTHER1",
                     "match_type":"exact","confidence":1.0,"from_cache":true,"ms":3,"marketplace":"FR",
                     "candidates":[{"asin":"B0ANOTHER1","title":"Other","match_type":"exact","confidence":1.0,
                                    "price":9.00,"currency":"EUR","images":[]},
                                   {"asin":"B0REFRESH1","title":"Pen","match_type":"exact","confidence":0.9,
                                    "price":11.00,"currency":"EUR","images":[]}]}]}"""
                    .formatted(request.path("batch_id").asText(), request.path("attempt").asInt(), id,
                            request.path("items").get(0).path("item_id").asText()));
        }
        awaitStatus(walt, id, "completed");
        given().auth().oauth2(walt).get(JOBS + "/" + id + "/results").then().statusCode(200)
                .body("items[0].status", equalTo("matched"))
                .body("items[0].match_type", equalTo("manual"))
                .body("items[0].asin", equalTo("B0REFRESH1"))
                .body("items[0].amazon_price", equalTo(11.00f))
                .body("items[0].price_difference_percent", equalTo(10.0f));
    }

    @Test
    void aScheduledRefreshStartsWhenDueAndMovesItsNextDateOn() throws Exception {
        String walt = token("walt");
        String id = completedJob(walt, "10.50");
        given().auth().oauth2(walt).get(JOBS + "/" + id + "/results").then()
                .body("items[0].price_difference_percent", equalTo(5.0f))
                .body("items[0].price_alert", equalTo(false));
        Instant before = Instant.now();
        given().auth().oauth2(walt).contentType("application/json").body("{}").put(JOBS + "/" + id + "/schedule")
                .then().statusCode(200).body("every", equalTo("P7D"));
        String next = given().auth().oauth2(walt).get(JOBS + "/" + id).then().statusCode(200)
                .body("options.refresh_every", equalTo("P7D")).extract().path("options.next_refresh_at");
        assertTrue(Duration.between(before, Instant.parse(next)).toHours() >= 167, next);

        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd(Topics.LOOKUP_REQUESTED)) {
            try (Connection c = db.getConnection(); PreparedStatement due = c.prepareStatement(
                    "UPDATE job SET next_refresh_at = now() - interval '1 minute' WHERE id = ?")) {
                due.setObject(1, UUID.fromString(id));
                due.executeUpdate();
            }
            JsonNode request = KafkaTestClient.awaitForJob(requests, id); // job-api looks for due refreshes every 2 s
            assertTrue(request.path("with_prices").asBoolean());
            answer(request, id, "10.40");
        }
        awaitStatus(walt, id, "completed");
        String moved = given().auth().oauth2(walt).get(JOBS + "/" + id).then().statusCode(200)
                .extract().path("options.next_refresh_at");
        assertTrue(Duration.between(Instant.now(), Instant.parse(moved)).toHours() >= 167, "next one in a week: "
                + moved);
        given().auth().oauth2(walt).get(JOBS + "/" + id + "/logs").then().statusCode(200)
                .body(containsString("refresh on its schedule: 1 codes to look up again"));

        given().auth().oauth2(walt).delete(JOBS + "/" + id + "/schedule").then().statusCode(204);
        given().auth().oauth2(walt).get(JOBS + "/" + id).then().body("options.refresh_every", nullValue());
    }

    @Test
    @OutsideTheContract
    void aScheduleTooOftenOrUnreadableAndAnotherTenantsJobAreRefused() throws Exception {
        String walt = token("walt");
        String id = completedJob(walt, "10");
        given().auth().oauth2(walt).contentType("application/json").body("{\"every\": \"30m\"}")
                .put(JOBS + "/" + id + "/schedule").then().statusCode(400)
                .body("detail", containsString("is not a duration"));
        given().auth().oauth2(walt).contentType("application/json").body("{\"every\": \"PT30M\"}")
                .put(JOBS + "/" + id + "/schedule").then().statusCode(400)
                .body("detail", containsString("at least every 1 hour"));
        given().auth().oauth2(walt).contentType("application/json").body("{\"every\": \"12h\"}")
                .put(JOBS + "/" + id + "/schedule").then().statusCode(200).body("every", equalTo("PT12H"));
        given().auth().oauth2(token("bob")).post(JOBS + "/" + id + "/refresh").then().statusCode(404);
        given().auth().oauth2(token("rita")).post(JOBS + "/" + id + "/refresh").then().statusCode(403);
    }

    /** A job of one code whose seller's price is 10,00 €, looked up and matched at {@code amazonPrice} EUR. */
    private static String completedJob(String token, String amazonPrice) throws Exception {
        String csv = "ean,price\n" + TestCodes.randomEan() + ",\"10,00 €\"\n";
        String id = given().auth().oauth2(token).multiPart("file", "codes.csv", csv.getBytes(), "text/csv")
                .multiPart("options", "{\"download_images\": false}").post(JOBS).then().statusCode(201)
                .extract().path("id");
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd(Topics.LOOKUP_REQUESTED)) {
            given().auth().oauth2(token).post(JOBS + "/" + id + "/start").then().statusCode(200);
            answer(KafkaTestClient.awaitForJob(requests, id), id, amazonPrice);
        }
        awaitStatus(token, id, "completed");
        return id;
    }

    private static void answer(JsonNode request, String jobId, String price) throws Exception {
        String item = request.path("items").get(0).path("item_id").asText();
        KafkaTestClient.publish(Topics.BATCH_DONE, jobId, """
                {"batch_id":"%s","attempt":%d,"job_id":"%s","tenant":"acme","marketplace":"FR","provider":"sp-api",
                 "items":[{"item_id":"%s","status":"matched","chosen":"B0REFRESH1","match_type":"exact",
                           "confidence":1.0,"from_cache":true,"ms":3,"marketplace":"FR",
                           "candidates":[{"asin":"B0REFRESH1","title":"Pen","match_type":"exact","confidence":1.0,
                                          "price":%s,"currency":"EUR","images":[]}]}]}"""
                .formatted(request.path("batch_id").asText(), request.path("attempt").asInt(), jobId, item, price));
    }
}
