package com.code2asin.lookup.rest;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.service.FakeSpApi;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The calls that spend the shared Amazon quota are limited per tenant: acme (rita, walt) over its burst gets 429 with
 * Retry-After on both endpoints, while globex (bob) is still answered.
 */
@QuarkusTest
@TestProfile(SingleLookupRateLimitTest.TightLimit.class)
@QuarkusTestResource(value = FakeSpApi.class, restrictToAnnotatedClass = true)
class SingleLookupRateLimitTest {

    private static final String LOOKUP = "/api/v1/code2asin/lookup";
    private static final String TEST = "/api/v1/amazon/test";
    private static final String CODE = "3017620422003";

    /** A burst of 2, then one call every 20 s: the test is done long before a call comes back. */
    public static class TightLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lookup-worker.single-lookups.rate", "0.05", "lookup-worker.single-lookups.burst", "2");
        }
    }

    @Test
    void aTenantOverItsBurstIsToldToWaitWhileAnotherTenantIsStillAnswered() {
        String rita = token("rita");
        String walt = token("walt");
        String bob = token("bob");
        given().auth().oauth2(rita).queryParam("code", CODE).get(LOOKUP).then().statusCode(200);
        given().auth().oauth2(rita).queryParam("code", CODE).get(LOOKUP).then().statusCode(200);
        String retryAfter = given().auth().oauth2(rita).queryParam("code", CODE).get(LOOKUP).then()
                .statusCode(429).contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("detail", allOf(containsString("tenant 'acme'"), containsString("0.05 a second, burst 2"),
                        containsString("lookup-worker.single-lookups.rate")))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 20, "Retry-After " + retryAfter);
        // the connection test spends the same allowance: another user of acme is refused too
        given().auth().oauth2(walt).post(TEST).then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("tenant 'acme'"));

        given().auth().oauth2(bob).queryParam("code", CODE).get(LOOKUP).then().statusCode(200)
                .body("status", equalTo("matched"));
        given().auth().oauth2(bob).post(TEST).then().statusCode(200).body("ok", equalTo(true));
    }
}
