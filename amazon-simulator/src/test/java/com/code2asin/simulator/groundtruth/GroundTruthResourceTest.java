package com.code2asin.simulator.groundtruth;

import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.simulator.SimulatorClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class GroundTruthResourceTest {

    private static String csv(String query) {
        return given().get("/sim/ground-truth?" + query).then().statusCode(200).contentType("text/csv")
                .extract().asString();
    }

    @Test
    void sameQuerySameRowsAndPagesAreSlicesOfTheSequence() {
        String all = csv("marketplaces=FR,DE&count=200&start=0");
        assertEquals(all, csv("marketplaces=FR,DE&count=200&start=0"));
        List<String> rows = Arrays.asList(all.split("\n"));
        assertEquals("code,marketplace,asin", rows.getFirst());
        assertEquals(401, rows.size());
        List<String> page = Arrays.asList(csv("marketplaces=FR,DE&count=10&start=50").split("\n"));
        assertEquals(rows.subList(101, 121), page.subList(1, 21));
    }

    @Test
    void codesAreValidBarcodesAndSomeHaveNoAsin() {
        List<String> rows = Arrays.asList(csv("marketplaces=FR&count=500").split("\n")).subList(1, 501);
        for (String row : rows) {
            String[] f = row.split(",", -1);
            assertTrue(f[0].length() == 13 || f[0].length() == 12, f[0]);
            assertTrue(CodeParser.parse(f[0]).isValid(), f[0]);
            assertEquals("FR", f[1]);
        }
        long empty = rows.stream().filter(r -> r.endsWith(",")).count();
        assertTrue(empty > 50 && empty < 200, "rows without ASIN: " + empty);
    }

    @Test
    void theAsinIsAmongWhatAnSpApiSearchReturnsForTheCode() {
        String token = SimulatorClient.accessToken();
        List<String> rows = Arrays.asList(csv("marketplaces=DE&count=40").split("\n")).subList(1, 41);
        for (String row : rows) {
            String[] f = row.split(",", -1);
            List<String> asins = given().header("x-amz-access-token", token)
                    .queryParam("marketplaceIds", Marketplace.DE.marketplaceId())
                    .queryParam("identifiers", f[0]).queryParam("identifiersType", "EAN")
                    .get("/catalog/2022-04-01/items").then().statusCode(200).extract().path("items.asin");
            if (f[2].isEmpty()) {
                assertTrue(asins.isEmpty(), row + " " + asins);
            } else {
                assertTrue(asins.contains(f[2]), row + " " + asins);
            }
        }
    }

    @Test
    void detailAddsKindAndTitle() {
        String body = csv("marketplaces=FR&count=3000&detail=true");
        assertTrue(body.startsWith("code,marketplace,asin,kind,title\n"));
        for (String kind : List.of("PLAIN", "NOT_LISTED", "DUPLICATE", "MULTIPACK", "VARIATION_CHILD", "TITLE_ONLY",
                "MISSING_HERE")) {
            assertTrue(body.contains("," + kind + ","), kind);
        }
    }

    @Test
    void badParametersAre400() {
        given().get("/sim/ground-truth?marketplaces=XX").then().statusCode(400);
        given().get("/sim/ground-truth?count=-1").then().statusCode(400);
    }
}
