package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Topics;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code marketplace_mode: each}: every code is looked up on every marketplace the job names, one result per code and
 * marketplace, side by side in the results and the exports. Each batch asks one marketplace alone, so its calls
 * keep their twenty codes. The test plays lookup-worker on the real Kafka.
 */
@QuarkusTest
class EachMarketplaceTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCodeIsLookedUpOnEveryMarketplaceOneBatchPerMarketplace() throws Exception {
        String alice = token("alice");
        String first = TestCodes.randomEan();
        String second = TestCodes.randomEan();
        String id = given().auth().oauth2(alice)
                .multiPart("file", "codes.csv", ("ean\n" + first + "\nnot-a-code\n" + second + "\n").getBytes(),
                        "text/csv")
                .multiPart("options", "{\"marketplaces\": [\"FR\", \"de\"], \"marketplace_mode\": \"each\"}")
                .post(JOBS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(200)
                .body("job.marketplace_mode", equalTo("each"))
                .body("job.marketplaces", equalTo(List.of("FR", "DE")))
                .body("job.total_codes", equalTo(6)) // three rows, two marketplaces
                .body("job.invalid_codes", equalTo(2));

        List<JsonNode> requests = new ArrayList<>();
        try (KafkaTestClient lookups = new KafkaTestClient(Topics.LOOKUP_REQUESTED)) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            while (requests.size() < 2) {
                requests.add(JSON.readTree(lookups.await(r -> r.value().contains(id)
                        && requests.stream().noneMatch(seen -> r.value().contains(seen.path("batch_id").asText())),
                        Duration.ofSeconds(30)).value()));
            }
        }
        Map<String, JsonNode> byMarketplace = new HashMap<>();
        for (JsonNode request : requests) {
            assertTrue(request.path("fallback_marketplaces").isEmpty(), "each marketplace is asked alone: " + request);
            assertEquals(Set.of(first, second), codes(request), "both codes, once, in the batch of " + request);
            byMarketplace.put(request.path("marketplace").asText(), request);
        }
        assertEquals(Set.of("FR", "DE"), byMarketplace.keySet());

        try (KafkaTestClient jobs = new KafkaTestClient(Topics.JOBS)) {
            // FR knows the first code only; DE knows both, under ASINs of its own. An unmatched answer names no
            // marketplace: the item stays the one of its marketplace.
            answer(id, byMarketplace.get("FR"), Map.of(first, "B0FRFIRST1"), null);
            answer(id, byMarketplace.get("DE"), Map.of(first, "B0DEFIRST1", second, "B0DESECND2"), "DE");
            JsonNode completed = JSON.readTree(jobs.await(r -> r.value().contains(id)
                    && r.value().contains("\"completed\""), Duration.ofSeconds(30)).value());
            assertEquals("each", completed.path("marketplace_mode").asText(), completed.toString());
            assertEquals("[\"FR\",\"DE\"]", completed.path("marketplaces").toString());
        }

        JsonPath results = given().auth().oauth2(alice).queryParam("limit", 10).get(JOBS + "/" + id + "/results")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(first, first, "not-a-code", "not-a-code", second, second), results.getList("items.product_ean"));
        assertEquals(List.of("FR", "DE", "FR", "DE", "FR", "DE"), results.getList("items.marketplace"),
                "side by side, in the job's order of marketplaces");
        assertEquals(List.of("matched", "matched", "invalid", "invalid", "unmatched", "matched"),
                results.getList("items.status"));
        assertEquals("B0FRFIRST1", results.getString("items[0].asin"));
        assertEquals("B0DEFIRST1", results.getString("items[1].asin"));
        assertEquals("B0DESECND2", results.getString("items[5].asin"));

        try (KafkaTestClient exports = new KafkaTestClient(Topics.EXPORT_REQUESTED)) {
            given().auth().oauth2(alice).queryParam("format", "csv").post(JOBS + "/" + id + "/exports").then()
                    .statusCode(202);
            JsonNode export = JSON.readTree(exports.await(r -> r.value().contains(id), Duration.ofSeconds(30)).value());
            assertEquals("[\"FR\",\"DE\"]", export.path("marketplace_columns").toString(),
                    "a column group per marketplace: " + export);
        }
    }

    @Test
    void anUnknownModeIsRefusedSayingTheTwo() {
        given().auth().oauth2(token("alice"))
                .multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv")
                .multiPart("options", "{\"marketplaces\": [\"FR\", \"DE\"], \"marketplace_mode\": \"all\"}")
                .post(JOBS).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("marketplace_mode 'all' is unknown; use fallback"));
    }

    @Test
    void aDirectImportLooksNothingUpSoItCannotAskEachMarketplace() {
        given().auth().oauth2(token("alice"))
                .multiPart("file", "codes.csv", "ean,asin\n3017620422003,B000TEST01\n".getBytes(), "text/csv")
                .multiPart("use_amazon_api", "false")
                .multiPart("options", "{\"marketplaces\": [\"FR\", \"DE\"], \"marketplace_mode\": \"each\"}")
                .post(JOBS).then().statusCode(400)
                .body("detail", containsString("a direct import (use_amazon_api=false) looks nothing up"));
    }

    private static Set<String> codes(JsonNode request) {
        return StreamSupport.stream(request.path("items").spliterator(), false).map(i -> i.path("code").asText())
                .collect(Collectors.toSet());
    }

    /** lookup-worker's answer: the codes in {@code found} matched their ASIN, the others unmatched. */
    private static void answer(String job, JsonNode request, Map<String, String> found, String answeredBy)
            throws Exception {
        String items = StreamSupport.stream(request.path("items").spliterator(), false).map(i -> {
            String asin = found.get(i.path("code").asText());
            return asin == null
                    ? "{\"item_id\":\"%s\",\"status\":\"unmatched\",\"candidates\":[],\"from_cache\":false,\"ms\":2}"
                            .formatted(i.path("item_id").asText())
                    : """
                      {"item_id":"%s","status":"matched","chosen":"%s","match_type":"exact","confidence":1.0,
                       "from_cache":false,"ms":3,"marketplace":"%s","candidates":[{"asin":"%s","title":"T",
                       "match_type":"exact","confidence":1.0,"currency":"EUR","images":[]}]}"""
                            .formatted(i.path("item_id").asText(), asin, request.path("marketplace").asText(), asin);
        }).collect(Collectors.joining(","));
        KafkaTestClient.publish("code2asin.batch-done.v1", job, """
                {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","marketplace":"%s","provider":"sp-api",
                 "items":[%s]}""".formatted(request.path("batch_id").asText(), job,
                answeredBy == null ? request.path("marketplace").asText() : answeredBy, items));
    }
}
