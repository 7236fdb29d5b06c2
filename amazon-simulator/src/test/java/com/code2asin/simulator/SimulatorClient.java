package com.code2asin.simulator;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** Calls a running simulator as the lookup-worker would. */
public final class SimulatorClient {

    public static final String CLIENT_ID = "amzn1.application-oa2-client.code2asin-local";
    public static final String CLIENT_SECRET = "local-secret";
    public static final String REFRESH_TOKEN = "Atzr|code2asin-local";
    public static final String FR = "A13V1IB3VIYZZH";
    public static final String DE = "A1PA6795UKMFR9";

    public static final String CREATORS_ID = "code2asin-local-creators";
    public static final String CREATORS_SECRET = "local-creators-secret";

    private SimulatorClient() {
    }

    public static String accessToken(String refreshToken) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken)
                .formParam("client_id", CLIENT_ID)
                .formParam("client_secret", CLIENT_SECRET)
                .post("/auth/o2/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** A Creators API token for a credential, through the Cognito endpoint (versions 2.x). */
    public static String creatorsToken(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .formParam("scope", "creatorsapi/default")
                .post("/oauth2/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public static String creatorsToken() {
        return creatorsToken(CREATORS_ID, CREATORS_SECRET);
    }

    public static String accessToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "refresh_token")
                .formParam("refresh_token", REFRESH_TOKEN)
                .formParam("client_id", CLIENT_ID)
                .formParam("client_secret", CLIENT_SECRET)
                .post("/auth/o2/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
