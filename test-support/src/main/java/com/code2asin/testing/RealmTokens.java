package com.code2asin.testing;

import static io.restassured.RestAssured.given;

/** Real access tokens from the Keycloak realm of the run (users of deploy/local/keycloak/code2asin-realm.json). */
public final class RealmTokens {

    private RealmTokens() {
    }

    /** The realm's URL, as the service under test knows it (a token names the address it was asked at). */
    public static String realm() {
        return BackingServices.endpoints().realm();
    }

    /** alice: tenant acme, every role. bob: tenant globex, every role. rita: tenant acme, READ only. */
    public static String token(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "code2asin-cli")
                .formParam("username", user).formParam("password", user + "-pw")
                .post(realm() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
