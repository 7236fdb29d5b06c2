package com.code2asin.images.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S3 and Kafka unreachable at start-up: the service starts anyway, alive and not ready. */
@QuarkusTest
@TestProfile(S3DownAtStartTest.NothingListens.class)
class S3DownAtStartTest {

    /** Ports where nothing listens; Kafka's too, so that this instance takes no event of the other tests. */
    public static class NothingListens implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.minio.port", "1", "kafka.bootstrap.servers", "127.0.0.1:1");
        }
    }

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Test
    void startsAliveButNotReadyWhileS3CannotBeReached() {
        given().when().get(health + "/live").then().statusCode(200);
        given().when().get(health + "/ready").then()
                .statusCode(503)
                .body("checks.find { it.name == 's3' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 's3' }.data.bucket", equalTo("code2asin"));
    }
}
