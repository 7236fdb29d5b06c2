package com.code2asin.jobs.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * job-api serves the operator console and, before anyone logs in, what it needs to send its user to Keycloak: the
 * realm, split from job-api's own OIDC URL, and the console's public client. (The console in a browser: ConsoleIT.)
 */
@QuarkusTest
class ConsoleTest {

    @Test
    void theConsolesPageAndSettingsNeedNoToken() {
        given().get("/console/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("x-data=\"codeConsole\""));
        given().get("/console/config.json").then().statusCode(200)
                .body("auth_server_url", equalTo("http://127.0.0.1:8180"))
                .body("realm", equalTo("code2asin"))
                .body("client_id", equalTo("code2asin-console"));
    }
}
