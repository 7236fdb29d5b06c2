package com.code2asin.simulator.creators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.code2asin.simulator.SimulatorClient.CREATORS_ID;
import static com.code2asin.simulator.SimulatorClient.CREATORS_SECRET;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CreatorsTokenResourceTest {

    @Test
    void cognitoFormGrantGetsABearerTokenWithoutRefreshToken() {
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "client_id", CREATORS_ID,
                        "client_secret", CREATORS_SECRET, "scope", "creatorsapi/default"))
                .post("/oauth2/token")
                .then().statusCode(200)
                .body("access_token", not(emptyOrNullString()))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3600))
                .body("refresh_token", nullValue());
    }

    @Test
    void cognitoAcceptsTheCredentialInHttpBasic() {
        given().contentType(ContentType.URLENC).auth().preemptive().basic(CREATORS_ID, CREATORS_SECRET)
                .formParams(Map.of("grant_type", "client_credentials", "scope", "creatorsapi/default"))
                .post("/oauth2/token")
                .then().statusCode(200).body("access_token", not(emptyOrNullString()));
    }

    @Test
    void lwaJsonClientCredentialsGrantGetsACreatorsToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", CREATORS_ID,
                        "client_secret", CREATORS_SECRET, "scope", "creatorsapi::default"))
                .post("/auth/o2/token")
                .then().statusCode(200)
                .body("token_type", equalTo("bearer"))
                .body("expires_in", equalTo(3600));
    }

    @Test
    void lwaFormWithBasicAuthGetsACreatorsToken() {
        given().contentType(ContentType.URLENC).auth().preemptive().basic(CREATORS_ID, CREATORS_SECRET)
                .formParams(Map.of("grant_type", "client_credentials", "scope", "creatorsapi::default"))
                .post("/auth/o2/token")
                .then().statusCode(200).body("access_token", not(emptyOrNullString()));
    }

    @Test
    void aWrongSecretIsAnInvalidClient() {
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "client_id", CREATORS_ID,
                        "client_secret", "wrong", "scope", "creatorsapi/default"))
                .post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_client"));
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", CREATORS_ID,
                        "client_secret", "wrong", "scope", "creatorsapi::default"))
                .post("/auth/o2/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void aWrongScopeOrGrantIsRefused() {
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "client_credentials", "client_id", CREATORS_ID,
                        "client_secret", CREATORS_SECRET, "scope", "creatorsapi::default"))
                .post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("invalid_scope"));
        given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", CREATORS_ID,
                        "client_secret", CREATORS_SECRET))
                .post("/oauth2/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }
}
