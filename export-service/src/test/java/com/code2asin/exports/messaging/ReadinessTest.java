package com.code2asin.exports.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadinessTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void readyWithDatabaseAndKafkaUp() {
        given().when().get(ready).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void healthAndMetricsAreServedOnTheManagementPortOnly() {
        given().when().get(metrics).then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
    }
}
