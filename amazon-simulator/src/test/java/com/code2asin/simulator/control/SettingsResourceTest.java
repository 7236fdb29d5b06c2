package com.code2asin.simulator.control;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SettingsResourceTest {

    @AfterEach
    void restore() {
        given().delete("/sim/config").then().statusCode(200);
    }

    @Test
    void defaultsAreUnlimitedAndFaultFree() {
        given().get("/sim/config").then().statusCode(200)
                .body("quota.sp-api.rate", equalTo(0.0f))
                .body("quota.creators.daily-cap", equalTo(0))
                .body("faults.error-rate", equalTo(0.0f))
                .body("faults.token-endpoints", equalTo(false))
                .body("faults.refuse-token-at-use", equalTo(0))
                .body("faults.token-hang-s", equalTo(0));
    }

    @Test
    void putChangesOnlyTheFieldsGiven() {
        given().contentType(ContentType.JSON)
                .body(Map.of("quota", Map.of("creators", Map.of("rate", 1, "daily-cap", 8640)),
                        "faults", Map.of("latency-ms-max", 50)))
                .put("/sim/config").then().statusCode(200)
                .body("quota.creators.rate", equalTo(1.0f))
                .body("quota.creators.daily-cap", equalTo(8640))
                .body("quota.creators.burst", equalTo(0))
                .body("faults.latency-ms-max", equalTo(50));
        given().get("/sim/config").then().body("quota.creators.daily-cap", equalTo(8640));
    }

    @Test
    void anUnknownApiIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("quota", Map.of("keepa", Map.of("rate", 1))))
                .put("/sim/config").then().statusCode(400);
    }
}
