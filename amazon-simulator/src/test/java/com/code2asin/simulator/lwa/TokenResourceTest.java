package com.code2asin.simulator.lwa;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.code2asin.simulator.SimulatorClient.CLIENT_ID;
import static com.code2asin.simulator.SimulatorClient.CLIENT_SECRET;
import static com.code2asin.simulator.SimulatorClient.REFRESH_TOKEN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class TokenResourceTest {

    @Test
    void aFormBodyGetsABearerToken() {
        given().contentType("application/x-www-form-urlencoded;charset=UTF-8")
                .formParams(Map.of("grant_type", "refresh_token", "refresh_token", REFRESH_TOKEN,
                        "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET))
                .post("/auth/o2/token")
                .then().statusCode(200)
                .body("access_token", startsWith("Atza|"))
                .body("token_type", equalTo("bearer"))
                .body("expires_in", equalTo(3600))
                .body("refresh_token", equalTo(REFRESH_TOKEN));
    }

    @Test
    void aJsonBodyGetsABearerToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", REFRESH_TOKEN,
                        "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET))
                .post("/auth/o2/token")
                .then().statusCode(200)
                .body("access_token", startsWith("Atza|"))
                .body("refresh_token", equalTo(REFRESH_TOKEN));
    }

    @Test
    void aWrongSecretIsAnInvalidClient() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", REFRESH_TOKEN,
                        "client_id", CLIENT_ID, "client_secret", "wrong"))
                .post("/auth/o2/token")
                .then().statusCode(401)
                .body("error", equalTo("invalid_client"))
                .body("error_description", equalTo("Client authentication failed"));
    }

    @Test
    void aWrongRefreshTokenIsAnInvalidGrant() {
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "refresh_token", "refresh_token", "Atzr|revoked",
                        "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET))
                .post("/auth/o2/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description",
                        equalTo("The request has an invalid grant parameter : refresh_token"));
    }

    @Test
    void aMissingFieldIsAnInvalidRequest() {
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "refresh_token", "client_id", CLIENT_ID,
                        "client_secret", CLIENT_SECRET))
                .post("/auth/o2/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"));
    }
}
