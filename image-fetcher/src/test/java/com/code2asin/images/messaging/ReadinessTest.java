package com.code2asin.images.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadinessTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @Test
    void readyWithDatabaseKafkaAndS3Up() throws InterruptedException {
        // the bucket is ensured in the background at start-up: give it the moment it takes
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (given().when().get(ready).statusCode() != 200 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        given().when().get(ready).then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 's3' }.status", equalTo("UP"));
    }
}
