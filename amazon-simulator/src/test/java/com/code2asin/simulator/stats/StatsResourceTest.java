package com.code2asin.simulator.stats;

import com.code2asin.simulator.SimulatorClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class StatsResourceTest {

    @Test
    void countsEachKindOfRequestUntilReset() {
        given().post("/sim/stats/reset").then().statusCode(204);
        String token = SimulatorClient.accessToken();
        given().header("x-amz-access-token", token).queryParam("marketplaceIds", SimulatorClient.FR)
                .get("/catalog/2022-04-01/items/B0ZZZZZZZZ").then().statusCode(404);
        given().get("/catalog/2022-04-01/items").then().statusCode(403);
        given().get("/images/I/abcdefgh_10x10.jpg").then().statusCode(200);
        given().get("/sim/stats").then().statusCode(200)
                .body("token_requests", equalTo(1))
                .body("catalog_requests", equalTo(2))
                .body("image_requests", equalTo(1));
        given().post("/sim/stats/reset").then().statusCode(204);
        given().get("/sim/stats").then().body("catalog_requests", equalTo(0));
    }

    @Test
    void countsCallsThrottlesAndIdentifiersPerApiAndCredential() {
        given().post("/sim/stats/reset").then().statusCode(204);
        String token = SimulatorClient.accessToken();
        given().header("x-amz-access-token", token).queryParam("marketplaceIds", SimulatorClient.FR)
                .queryParam("identifiers", "4006381333931,5012345678900").queryParam("identifiersType", "EAN")
                .get("/catalog/2022-04-01/items").then().statusCode(200);
        given().get("/catalog/2022-04-01/items").then().statusCode(403);
        String credential = "amzn1.application-oa2-client.code2asin-local/rt-"
                + "%016x".formatted(com.code2asin.simulator.catalog.StableHash.of(SimulatorClient.REFRESH_TOKEN))
                .substring(0, 8);
        given().get("/sim/stats").then().statusCode(200)
                .body("apis.'sp-api'.calls", equalTo(2))
                .body("apis.'sp-api'.identifiers", equalTo(2))
                .body("apis.'sp-api'.throttled", equalTo(0))
                .body("apis.'sp-api'.credentials.'" + credential + "'.calls", equalTo(1))
                .body("apis.'sp-api'.credentials.'(none)'.calls", equalTo(1))
                .body("apis.creators.calls", equalTo(0));
    }
}
