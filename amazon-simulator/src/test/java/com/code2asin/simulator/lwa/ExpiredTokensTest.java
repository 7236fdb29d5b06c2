package com.code2asin.simulator.lwa;

import com.code2asin.simulator.SimulatorClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** With token lifetimes of 0 s every issued token is already expired. */
@QuarkusTest
@TestProfile(ExpiredTokensTest.ZeroTtl.class)
class ExpiredTokensTest {

    public static class ZeroTtl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("simulator.token-ttl", "0", "simulator.creators.token-ttl", "0");
        }
    }

    @Test
    void anExpiredSpApiTokenIsA403Unauthorized() {
        given().header("x-amz-access-token", SimulatorClient.accessToken())
                .queryParam("marketplaceIds", SimulatorClient.FR).get("/catalog/2022-04-01/items/B0ZZZZZZZZ")
                .then().statusCode(403)
                .header("x-amzn-ErrorType", "AccessDeniedException")
                .body("errors[0].code", equalTo("Unauthorized"))
                .body("errors[0].message", equalTo("Access to requested resource is denied."))
                .body("errors[0].details", equalTo("The access token you provided has expired."));
    }

    @Test
    void anExpiredSpApiTokenIsRefusedByProductPricingToo() {
        given().header("x-amz-access-token", SimulatorClient.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("requests", List.of(Map.of("uri", "/products/pricing/v0/items/B0ZZZZZZZZ/offers",
                        "method", "GET", "MarketplaceId", SimulatorClient.FR, "ItemCondition", "New"))))
                .post("/batches/products/pricing/v0/itemOffers")
                .then().statusCode(403)
                .header("x-amzn-ErrorType", "AccessDeniedException")
                .body("errors[0].code", equalTo("Unauthorized"))
                .body("errors[0].details", equalTo("The access token you provided has expired."));
    }

    @Test
    void anExpiredCreatorsTokenIsA401ExpiredToken() {
        given().header("Authorization", "Bearer " + SimulatorClient.creatorsToken())
                .header("x-marketplace", "www.amazon.fr").contentType(ContentType.JSON)
                .body(Map.of("partnerTag", "t", "keywords", "x")).post("/catalog/v1/searchItems")
                .then().statusCode(401)
                .body("type", equalTo("UnauthorizedException"))
                .body("reason", equalTo("ExpiredToken"));
    }
}
