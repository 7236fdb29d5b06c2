package com.code2asin.exports.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S3 unreachable at start-up: the service starts (no crash loop) and is not ready, saying why. */
@QuarkusTest
@TestProfile(S3DownAtStartTest.S3Down.class)
class S3DownAtStartTest {

    public static class S3Down implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("quarkus.minio.port", String.valueOf(ObjectStoreTest.closedPort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Test
    void startsAndAnswersNotReadyWithTheS3CheckDown() {
        given().when().get(health + "/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 's3' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 's3' }.data.bucket", equalTo("code2asin"))
                .body("checks.find { it.name == 's3' }.data.error", containsString("Connect"));
        given().when().get(health + "/live").then().statusCode(200);
    }
}
