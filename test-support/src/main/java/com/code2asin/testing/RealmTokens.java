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
        return token(realm(), "code2asin-cli", user);
    }

    /** The access token of {@code user} (password {@code <user>-pw}) from {@code client} of the realm at {@code realm}. */
    public static String token(String realm, String client, String user) {
        return tokenAnswer(realm, client, user).extract().path("access_token");
    }

    /** Keycloak's 200 answer to the password grant, to look at more than the token (its lifetime...). */
    public static io.restassured.response.ValidatableResponse tokenAnswer(String realm, String client, String user) {
        return given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", user + "-pw")
                .post(realm + "/protocol/openid-connect/token").then().statusCode(200);
    }
}
