package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Topics;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A seller's file with its own prices, looked up with Amazon's, then refreshed: the refresh costs no catalog search
 * (identity comes from lookup-worker's cache), every matched item records Amazon's price against the seller's, and
 * each gap above 10% is a price.alert on its topic, as another platform service reads it.
 */
@ExtendWith(Suite.class)
class RefreshIT {

    private static final String SIM = "http://127.0.0.1:" + Suite.SIMULATOR;

    @Test
    void aRefreshedJobComparesAmazonsPricesWithTheSellersAndAlertsOnTheGaps() throws Exception {
        List<String> codes = given().get(SIM + "/sim/ground-truth?marketplaces=DE&count=400&detail=true").then()
                .statusCode(200).extract().asString().lines().map(line -> line.split(",", 5))
                .filter(row -> row.length == 5 && row[3].equals("PLAIN")).map(row -> row[0]).limit(10).toList();
        assertEquals(10, codes.size());
        String csv = "ean;prix\n" + codes.stream().map(code -> code + ";\"1,00 €\"").collect(Collectors.joining("\n"));
        String alice = token("alice");
        String jobs = Suite.jobApi() + "/api/v1/code2asin/jobs";
        String job = given().auth().oauth2(alice).multiPart("file", "prices.csv", csv.getBytes(), "text/csv")
                .multiPart("options", "{\"download_images\": false, \"marketplaces\": [\"DE\"]}").post(jobs).then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(alice).post(jobs + "/" + job + "/start").then().statusCode(200);
        JsonPath first = Suite.completedResults(alice, job);
        List<Float> gaps = first.getList("items.findAll { it.amazon_price != null }.price_difference_percent");
        assertFalse(gaps.isEmpty(), "some of 10 listed codes have a price: " + first.prettify());
        gaps.forEach(gap -> assertTrue(gap > 10, "Amazon's price is far above 1,00 € here: " + gap));

        List<EventTap.Event> alerts;
        try (EventTap tap = new EventTap(List.of(Topics.PRICE_ALERTS))) {
            given().post(SIM + "/sim/stats/reset").then().statusCode(204);
            given().auth().oauth2(alice).post(jobs + "/" + job + "/refresh").then().statusCode(200);
            JsonPath refreshed = Suite.completedResults(alice, job);
            assertEquals(0, given().get(SIM + "/sim/stats").then().extract().jsonPath().getInt("catalog_requests"),
                    "a refresh searches no code again: their identity is cached");
            List<Boolean> fromCache = refreshed.getList("items.findAll { it.status == 'matched' }.from_cache");
            assertTrue(!fromCache.isEmpty() && fromCache.stream().allMatch(Boolean.TRUE::equals), fromCache::toString);
            assertEquals(gaps.size(), refreshed.getList("items.findAll { it.price_alert == true }").size());
            alerts = tap.drain().stream().filter(e -> e.value().contains(job)).toList();
        }
        Set<String> alertedItems = alerts.stream().map(e -> JsonPath.from(e.value()).getString("item_id"))
                .collect(Collectors.toSet());
        assertEquals(gaps.size(), alertedItems.size(), "one price.alert per priced item of the refresh");
        EventTap.Event alert = alerts.get(0);
        assertEquals("price.alert", alert.header("ce_type"));
        assertEquals("acme", alert.header("ce_tenant"));
        JsonPath event = JsonPath.from(alert.value());
        assertEquals(1.0, event.getDouble("seller_price"), 1e-9);
        assertEquals("EUR", event.getString("currency"));
        assertTrue(event.getDouble("difference_percent") > 10);
    }
}
