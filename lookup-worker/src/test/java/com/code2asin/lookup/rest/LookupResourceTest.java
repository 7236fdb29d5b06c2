package com.code2asin.lookup.rest;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.code2asin.lookup.service.FakeSpApi;
import com.code2asin.model.code.CodeParser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Search one product and the Amazon connection endpoints, over HTTP with real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(value = FakeSpApi.class, restrictToAnnotatedClass = true)
class LookupResourceTest {

    private static final String LOOKUP = "/api/v1/code2asin/lookup";

    @Test
    void aReaderLooksOneCodeUp() {
        String ean = freshEan();
        given().auth().oauth2(token("rita")).queryParam("code", ean).queryParam("marketplace", "FR")
                .get(LOOKUP).then().statusCode(200)
                .body("gtin14", equalTo("0" + ean))
                .body("code_type", equalTo("EAN-13")) // as job-api's results and the exports name it
                .body("status", equalTo("matched"))
                .body("match_type", equalTo("exact"))
                .body("asin", equalTo("B0" + ean.substring(5)))
                .body("from_cache", equalTo(false));
        given().auth().oauth2(token("rita")).queryParam("code", ean).get(LOOKUP).then().statusCode(200)
                .body("from_cache", equalTo(true));
    }

    @Test
    void aBadCodeOrMarketplaceIsA400SayingWhy() {
        String rita = token("rita");
        given().auth().oauth2(rita).queryParam("code", "3017620422004").get(LOOKUP).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("check digit"));
        given().auth().oauth2(rita).queryParam("code", "3.76012E+12").get(LOOKUP).then().statusCode(400)
                .body("detail", containsString("scientific notation"));
        given().auth().oauth2(rita).queryParam("code", "3017620422003").queryParam("marketplace", "XX")
                .get(LOOKUP).then().statusCode(400).body("detail", containsString("unknown marketplace 'XX'"));
        given().auth().oauth2(rita).queryParam("code", "3017620422003").queryParam("provider", "keepa")
                .get(LOOKUP).then().statusCode(400).body("detail", containsString("unknown provider 'keepa'"));
    }

    @Test
    void withoutATokenEverythingIs401() {
        given().queryParam("code", "3017620422003").get(LOOKUP).then().statusCode(401);
        given().get("/api/v1/amazon/config").then().statusCode(401);
        given().post("/api/v1/amazon/test").then().statusCode(401);
    }

    @Test
    void theConfigurationShowsNoSecret() {
        given().auth().oauth2(token("rita")).get("/api/v1/amazon/config").then().statusCode(200)
                .body("providers.name", hasItem("sp-api"))
                .body("providers.find { it.name == 'sp-api' }.client_secret", equalTo("********"))
                .body("providers.find { it.name == 'sp-api' }.refresh_token", equalTo("********"))
                .body("providers.find { it.name == 'creators' }.credential_secret", equalTo("********"))
                .body("providers.find { it.name == 'creators' }.credential_version", equalTo("3.2"))
                .body(not(containsString("local-secret")))
                .body(not(containsString("local-creators-secret")))
                .body(not(containsString("Atzr|code2asin-local")));
    }

    @Test
    void testingTheConnectionNeedsWriteAndReportsTheOutcome() {
        given().auth().oauth2(token("rita")).post("/api/v1/amazon/test").then().statusCode(403);
        given().auth().oauth2(token("walt")).queryParam("marketplace", "DE").post("/api/v1/amazon/test")
                .then().statusCode(200).body("ok", equalTo(true)).body("marketplace", equalTo("DE"));
    }

    private static String freshEan() {
        String body = "40" + String.format("%08d", ThreadLocalRandom.current().nextLong(100_000_000L)) + "30";
        return body + CodeParser.checkDigit(body);
    }
}
