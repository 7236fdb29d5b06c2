package com.code2asin.jobs.rest;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.code2asin.testing.OutsideTheContract;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Inputs a caller can get wrong are answered by a 4xx problem that says what to fix, never by a 500: an ASIN that is
 * not one, a page past the deepest entry a list is read from, a number that is not one, an id that is not a UUID, a
 * JSON body of the wrong shape. Each of these answered 500, a bare 404 or a framework body before.
 */
@QuarkusTest
@OutsideTheContract
public class BadInputTest {

    private static final String API = "/api/v1/code2asin";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void anAsinThatIsNotTenLettersOrDigitsIsA400NamingTheRule() throws InterruptedException {
        String alice = token("alice");
        String job = completedDirectImport(alice);
        String item = given().auth().oauth2(alice).get(API + "/jobs/" + job + "/results").then().statusCode(200)
                .extract().path("items[0].id");
        String result = API + "/jobs/" + job + "/results/" + item;
        for (String action : List.of("/accept", "/reject")) {
            for (String asin : List.of("B000TEST01X", "B000TEST01XXXXXXXXXXXXXXXXXXXXXXXXXXXX", "B0-TEST-1", "5")) {
                given().auth().oauth2(alice).contentType("application/json").body("{\"asin\": \"" + asin + "\"}")
                        .post(result + action).then().statusCode(400).contentType(PROBLEM)
                        .body("detail", containsString("is not an ASIN: an ASIN is exactly 10 letters or digits"));
            }
        }
        given().auth().oauth2(alice).get(API + "/review-rules").then().statusCode(200)
                .body("items.asin", not(hasItem("B000TEST01X")));
        given().auth().oauth2(alice).contentType("application/json").body("{\"asin\": \"b000test01\"}")
                .post(result + "/accept").then().statusCode(200).body("asin", equalTo("B000TEST01"));
    }

    @Test
    void aPagePastTheDeepestEntryIsA400NamingTheLimit() {
        String alice = token("alice");
        String job = given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(),
                "text/csv").post(API + "/jobs").then().statusCode(201).extract().path("id");
        for (String list : List.of("/jobs", "/jobs/" + job + "/results", "/results/" + job, "/jobs/" + job + "/logs",
                "/review-rules")) {
            given().auth().oauth2(alice).queryParam("page", Integer.MAX_VALUE).queryParam("per_page", 100)
                    .get(API + list).then().statusCode(400).contentType(PROBLEM)
                    .body("detail", containsString("page must be a whole number from 1 to 10000001 with per_page 100"))
                    .body("detail", containsString("at most 1000000000 entries deep"));
            given().auth().oauth2(alice).queryParam("skip", Integer.MAX_VALUE).get(API + list).then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("detail", containsString("skip must be a whole number from 0 to 1000000000"));
            given().auth().oauth2(alice).queryParam("skip", 999_999_999).queryParam("limit", 100).get(API + list)
                    .then().statusCode(200).body("meta.has_next", equalTo(false));
            given().auth().oauth2(alice).queryParam("page", 10_000_001).queryParam("per_page", 100).get(API + list)
                    .then().statusCode(200).body("meta.page", equalTo(10_000_001));
        }
    }

    @Test
    void aNumberThatIsNotOneIsA400NamingTheParameter() {
        String alice = token("alice");
        given().auth().oauth2(alice).queryParam("page", "abc").get(API + "/jobs").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("page must be a whole number from 1 to"))
                .body("detail", containsString("got 'abc'"));
        given().auth().oauth2(alice).queryParam("per_page", "99999999999").get(API + "/jobs").then().statusCode(400)
                .body("detail", containsString("per_page must be a whole number from 1 to 200"));
        given().auth().oauth2(alice).queryParam("limit", "-5").get(API + "/review-rules").then().statusCode(400)
                .body("detail", containsString("limit must be a whole number from 1 to 200"));
        given().auth().oauth2(alice).queryParam("days", "a week").get(API + "/stats/errors").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("days must be a whole number from 1 to 365"));
        given().auth().oauth2(alice).queryParam("days", "99999999999").get(API + "/stats/errors").then()
                .statusCode(400);
        given().auth().oauth2(alice).queryParam("status", "done").get(API + "/jobs").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("unknown job status 'done'"));
    }

    @Test
    void anIdThatIsNotAUuidIsA404SayingSo() {
        String alice = token("alice");
        for (String path : List.of("/jobs/not-a-uuid", "/jobs/not-a-uuid/results", "/results/42",
                "/jobs/550e8400-e29b-41d4-a716-446655440000/exports/xyz")) {
            given().auth().oauth2(alice).get(API + path).then().statusCode(404).contentType(PROBLEM)
                    .body("detail", containsString("an id in it is not a UUID"));
        }
    }

    @Test
    void aJsonBodyOfTheWrongShapeIsA400Problem() {
        String alice = token("alice");
        given().auth().oauth2(alice).contentType("application/json").body("{\"items\": \"3017620422003\"}")
                .post(API + "/jobs").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("wrong type at 'items'"))
                .body("detail", not(containsString("java")));
        given().auth().oauth2(alice).contentType("application/json")
                .body("{\"items\": [{\"code\": \"3017620422003\"}], \"confidence_threshold\": \"high\"}")
                .post(API + "/jobs").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("'confidence_threshold'"));
        given().auth().oauth2(alice).contentType("application/json").body("{\"items\": [").post(API + "/jobs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("not the JSON this operation takes"));
    }

    @Test
    void anUnknownJsonPropertyIsA400NamingItAndTheKnownOnes() {
        String alice = token("alice");
        // productId is the name the API description gave before it said snake_case: the id was dropped, 201
        given().auth().oauth2(alice).contentType("application/json")
                .body("{\"items\":[{\"code\":\"4006381333931\",\"productId\":\"X\"}]}").post(API + "/jobs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("unknown property 'productId' at items[0]"))
                .body("detail", containsString("known there: asin, brand, code, condition, name, price, "
                        + "product_id, quantity, sku"))
                .body("detail", not(containsString("java")));
        given().auth().oauth2(alice).contentType("application/json")
                .body("{\"items\":[{\"code\":\"4006381333931\"}],\"autoMatch\":false}").post(API + "/jobs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("unknown property 'autoMatch' at the top level"))
                .body("detail", containsString("auto_match"));
        given().auth().oauth2(alice).multiPart("file", "codes.csv", "4006381333931\n".getBytes(), "text/csv")
                .multiPart("options", "{\"marketplace\": \"DE\"}").post(API + "/jobs").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("options has an unknown property 'marketplace'"))
                .body("detail", containsString("marketplaces"));
        // the body is read before the result is looked for: any ids will do
        given().auth().oauth2(alice).contentType("application/json").body("{\"asin\":\"B000TEST01\",\"note\":\"ok\"}")
                .post(API + "/jobs/" + UUID.randomUUID() + "/results/" + UUID.randomUUID() + "/accept").then()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("unknown property 'note' at the top level"))
                .body("detail", containsString("known there: asin"));
    }

    @Test
    void anUnknownQueryValueIsA400NamingTheAllowedOnes() {
        String alice = token("alice");
        String job = API + "/jobs/" + UUID.randomUUID();
        given().auth().oauth2(alice).queryParam("status", "foo").get(job + "/results").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("status 'foo' is unknown; use one of [pending, "
                        + "matched, ambiguous, unmatched, failed, invalid]"));
        given().auth().oauth2(alice).queryParam("match_type", "close").get(job + "/results").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("match_type 'close' is unknown"))
                .body("detail", containsString("exact"));
        given().auth().oauth2(alice).queryParam("level", "debug").get(job + "/logs").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("level 'debug' is unknown; use error, warning or "
                        + "info"));
        given().auth().oauth2(alice).queryParam("format", "pdf").post(job + "/exports").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("format 'pdf' is unknown"));
        given().auth().oauth2(alice).queryParam("include_unmatched", "maybe").post(job + "/exports").then()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("include_unmatched must be true or false; got 'maybe'"));
        given().auth().oauth2(alice).queryParam("reset_retry_counter", "yes").post(job + "/retry").then()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("reset_retry_counter must be true or false; got 'yes'"));
    }

    /** A direct-import job of one code, completed: its result can be reviewed and exported. */
    public static String completedDirectImport(String token) throws InterruptedException {
        String id = given().auth().oauth2(token).multiPart("file", "codes.csv",
                        "ean;asin\n3017620422003;B000TEST01\n".getBytes(), "text/csv")
                .multiPart("use_amazon_api", "false").post(API + "/jobs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post(API + "/jobs/" + id + "/start").then().statusCode(200);
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if ("completed".equals(given().auth().oauth2(token).get(API + "/jobs/" + id).then().extract()
                    .path("job.status"))) {
                return id;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not complete");
    }
}
