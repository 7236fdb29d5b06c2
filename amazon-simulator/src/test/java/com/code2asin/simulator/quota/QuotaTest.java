package com.code2asin.simulator.quota;

import com.code2asin.simulator.SimulatorClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static com.code2asin.simulator.SimulatorClient.FR;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class QuotaTest {

    private static final String ITEMS = "/catalog/2022-04-01/items/B0ZZZZZZZZ";

    @AfterEach
    void restore() {
        given().delete("/sim/config").then().statusCode(200);
    }

    private static void configure(String api, Map<String, Object> plan) {
        given().contentType(ContentType.JSON).body(Map.of("quota", Map.of(api, plan)))
                .put("/sim/config").then().statusCode(200);
    }

    private static ValidatableResponse spApi(String token) {
        return given().header("x-amz-access-token", token).queryParam("marketplaceIds", FR).get(ITEMS).then();
    }

    private static ValidatableResponse creators(String token) {
        return given().header("Authorization", "Bearer " + token).header("x-marketplace", "www.amazon.fr")
                .contentType(ContentType.JSON).body(Map.of("partnerTag", "t", "itemIds", java.util.List.of("B0ZZZZZZZZ")))
                .post("/catalog/v1/getItems").then();
    }

    @Test
    void spApiBurstIsPerSellerAndThrottledCallsGetTheAmazonBody() {
        configure("sp-api", Map.of("rate", 0.001, "burst", 2, "daily-cap", 0));
        String first = SimulatorClient.accessToken();
        String second = SimulatorClient.accessToken("Atzr|second-seller");
        spApi(first).statusCode(404);
        spApi(first).statusCode(404);
        spApi(first).statusCode(429)
                .header("x-amzn-ErrorType", "TooManyRequestsException")
                .header("x-amzn-RateLimit-Limit", nullValue())
                .body("errors[0].code", equalTo("QuotaExceeded"))
                .body("errors[0].message", equalTo("You exceeded your quota for the requested resource."))
                .body("errors[0].details", equalTo(""));
        spApi(second).statusCode(404);
    }

    @Test
    void aSecondTokenOfTheSameSellerSharesItsBucket() {
        configure("sp-api", Map.of("rate", 0.001, "burst", 1));
        spApi(SimulatorClient.accessToken()).statusCode(404);
        spApi(SimulatorClient.accessToken()).statusCode(429);
    }

    @Test
    void creatorsDailyCapIsPerCredentialWithItsThrottlingBody() {
        configure("creators", Map.of("rate", 0, "daily-cap", 2));
        String first = SimulatorClient.creatorsToken();
        String second = SimulatorClient.creatorsToken("second-creator", "second-secret");
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        creators(first).statusCode(200);
        creators(first).statusCode(200);
        ValidatableResponse third = creators(first);
        assumeTrue(day.equals(LocalDate.now(ZoneOffset.UTC)), "the UTC day, and with it the daily count, turned over");
        third.statusCode(429)
                .body("type", equalTo("ThrottlingException"))
                .body("message", equalTo("Rate exceeded"))
                .body("serviceCode", equalTo("creatorsapi"))
                .body("quotaCode", equalTo("RequestsPerDay"));
        creators(second).statusCode(200);
    }

    @Test
    void creatorsRateLimitSaysRequestsPerSecond() {
        configure("creators", Map.of("rate", 0.001, "burst", 1));
        String token = SimulatorClient.creatorsToken();
        creators(token).statusCode(200);
        creators(token).statusCode(429).body("quotaCode", equalTo("RequestsPerSecond"));
    }
}
