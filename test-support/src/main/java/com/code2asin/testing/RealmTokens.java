package com.code2asin.testing;

import static io.restassured.RestAssured.given;

/** Real access tokens from the local Keycloak realm (users of deploy/local/keycloak/code2asin-realm.json). */
public final class RealmTokens {

    public static final String REALM = "http://127.0.0.1:8180/realms/code2asin";

    private RealmTokens() {
    }

    /** alice: tenant acme, every role. bob: tenant globex, every role. rita: tenant acme, READ only. */
    public static String token(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "code2asin-cli")
                .formParam("username", user).formParam("password", user + "-pw")
                .post(REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
