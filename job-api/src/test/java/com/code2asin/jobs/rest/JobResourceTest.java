package com.code2asin.jobs.rest;

import static com.code2asin.jobs.JobsOverHttp.upload;
import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code2asin.testing.OutsideTheContract;
import com.code2asin.testing.RealmTokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** job-api over HTTP against the real local PostgreSQL, Kafka, S3 and Keycloak tokens. */
@QuarkusTest
class JobResourceTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";

    @Test
    void uploadStoresEveryRowAndFlagsInvalidCodes() {
        String alice = token("alice");
        String id = upload(alice, "ean;name\n3017620422003;Pâte\n3017620422004;Bad\n3.76012E+12;Lost\n");
        given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(200)
                .body("job.status", equalTo("pending"))
                .body("job.total_codes", equalTo(3))
                .body("job.invalid_codes", equalTo(2))
                .body("progress.invalid", equalTo(2))
                .body("timeline.message", hasItem(containsString("job created by alice")));
        given().auth().oauth2(alice).queryParam("status", "invalid").get(JOBS + "/" + id + "/results")
                .then().statusCode(200)
                .body("meta.total", equalTo(2))
                .body("items.error", hasItem(containsString("scientific notation")));
    }

    @Test
    void anUnfilteredPageIsARangeInFileOrderWithTheJobsFiguresForItsTenantOnly() {
        String alice = token("alice");
        String id = upload(alice, "ean\n3017620422003\n4006381333931\n3017620422004\n5000112637922\n7622210449283\n");
        String results = JOBS + "/" + id + "/results";
        given().auth().oauth2(alice).queryParam("page", 2).queryParam("per_page", 2).get(results).then()
                .statusCode(200)
                .body("job_status", equalTo("pending"))
                .body("total", equalTo(5))
                .body("items.row_number", contains(4, 5))
                .body("items.product_ean", contains("3017620422004", "5000112637922"))
                .body("meta.total", equalTo(5))
                .body("meta.has_next", equalTo(true));
        given().auth().oauth2(alice).queryParam("page", 4).queryParam("per_page", 2).get(results).then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("items", empty())
                .body("meta.total", equalTo(5));
        given().auth().oauth2(token("bob")).get(results).then().statusCode(404)
                .body("detail", containsString("job " + id + " not found"));
    }

    @Test
    void lifeCycleActionsFollowTheTransitionTable() {
        String alice = token("alice");
        String id = upload(alice, "3017620422003\n");
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/resume").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("pending"));
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("processing"));
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/pause").then().statusCode(200)
                .body("status", equalTo("paused"));
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/pause").then().statusCode(409)
                .body("detail", containsString("paused"));
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/resume").then().statusCode(200)
                .body("status", equalTo("processing"));
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("cancelled"));
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(409);
    }

    @Test
    void anotherTenantsJobIsNotFound() {
        String id = upload(token("alice"), "3017620422003\n");
        given().auth().oauth2(token("bob")).get(JOBS + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token("bob")).get(JOBS).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void anExpiredTokenIsA401ProblemWithTheChallenge() throws InterruptedException {
        JsonNode answer = RealmTokens.tokenAnswer(RealmTokens.realm(), "code2asin-short-lived", "alice");
        assertEquals(5, answer.path("expires_in").asInt(), answer::toString);
        String shortLived = answer.path("access_token").asText();
        // Keycloak counts in whole seconds, so the token lives 4 to 5 s: long enough to be seen valid once.
        given().auth().oauth2(shortLived).get(JOBS).then().statusCode(200);
        Instant deadline = Instant.now().plusSeconds(30);
        int status = 200;
        while (status == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = given().auth().oauth2(shortLived).get(JOBS).then().extract().statusCode();
        }
        given().auth().oauth2(shortLived).get(JOBS).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("get a new access token"));
        given().get(JOBS).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not.a.token").get(JOBS).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void readOnlyUserCannotCreate() {
        given().auth().oauth2(token("rita")).multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv")
                .post(JOBS).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("WRITE_CODE2ASIN"));
        given().get(JOBS).then().statusCode(401);
    }

    @Test
    @OutsideTheContract
    void badInputIsA400SayingWhatToFix() {
        String alice = token("alice");
        given().auth().oauth2(alice).multiPart("file", "codes.csv", "name;brand\nCola;Coca\n".getBytes(), "text/csv")
                .post(JOBS).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("no code column"));
        given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv")
                .multiPart("options", "{\"marketplaces\": [\"XX\"]}")
                .post(JOBS).then().statusCode(400).body("detail", containsString("marketplace 'XX'"));
        given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv")
                .multiPart("options", "{\"provider\": \"keepa\"}")
                .post(JOBS).then().statusCode(400).body("detail", containsString("provider 'keepa' is unknown"));
        given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv")
                .multiPart("options", "{\"provider\": \"creators\", \"marketplaces\": [\"DE\"]}")
                .post(JOBS).then().statusCode(201);
        given().auth().oauth2(alice).queryParam("per_page", 1000).get(JOBS).then().statusCode(400);
    }

    @Test
    void listingIsNewestFirstWithPaginationMeta() {
        String alice = token("alice");
        String older = upload(alice, "3017620422003\n");
        String newer = upload(alice, "3017620422003\n");
        given().auth().oauth2(alice).queryParam("page", 1).queryParam("per_page", 2).get(JOBS).then()
                .statusCode(200)
                .body("items[0].id", equalTo(newer))
                .body("items[1].id", equalTo(older))
                .body("meta.page", equalTo(1))
                .body("meta.per_page", equalTo(2))
                .body("meta.has_previous", equalTo(false));
    }

    @Test
    void retryFollowsTheTableAndCountsUpToTheMaximum() {
        String alice = token("alice");
        String id = upload(alice, "3017620422003\n");
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/retry").then().statusCode(409)
                .body("detail", containsString("pending"));
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/cancel").then().statusCode(200);
        for (int retry = 1; retry <= 5; retry++) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/retry").then().statusCode(200)
                    .body("job_id", equalTo(id))
                    .body("status", equalTo("processing"))
                    .body("retry_count", equalTo(retry))
                    .body("max_retries", equalTo(5))
                    .body("requeued", equalTo(1));
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/cancel").then().statusCode(200);
        }
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/retry").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("reset_retry_counter=true"));
        given().auth().oauth2(alice).queryParam("reset_retry_counter", true).post(JOBS + "/" + id + "/retry")
                .then().statusCode(200).body("retry_count", equalTo(0));
        given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(200)
                .body("timeline.message", hasItem(containsString("retry counter reset")));
    }

    @Test
    void deleteNeedsItsPermissionAndAJobThatIsNotProcessing() {
        String alice = token("alice");
        String id = upload(alice, "3017620422003\n");
        given().auth().oauth2(token("walt")).delete(JOBS + "/" + id).then().statusCode(403);
        given().auth().oauth2(token("bob")).delete(JOBS + "/" + id).then().statusCode(404);
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
        given().auth().oauth2(alice).delete(JOBS + "/" + id).then().statusCode(409)
                .body("detail", containsString("processing"));
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/cancel").then().statusCode(200);
        given().auth().oauth2(alice).delete(JOBS + "/" + id).then().statusCode(204);
        given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(404);
        given().auth().oauth2(alice).delete(JOBS + "/" + id).then().statusCode(404);
    }

    @Test
    void aJobsLogFiltersByLevelAndPages() {
        String alice = token("alice");
        String id = upload(alice, "3017620422003\n");
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/cancel").then().statusCode(200);
        given().auth().oauth2(alice).queryParam("level", "info").queryParam("limit", 2).get(JOBS + "/" + id + "/logs")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].message", containsString("job created by alice"))
                .body("items[0].timestamp", org.hamcrest.Matchers.notNullValue())
                .body("meta.total", equalTo(3))
                .body("meta.has_next", equalTo(true));
        given().auth().oauth2(alice).queryParam("level", "error").get(JOBS + "/" + id + "/logs").then()
                .statusCode(200).body("meta.total", equalTo(0));
        given().auth().oauth2(alice).queryParam("level", "debug").get(JOBS + "/" + id + "/logs").then()
                .statusCode(400).body("detail", containsString("error, warning or info"));
        given().auth().oauth2(alice).queryParam("limit", 201).get(JOBS + "/" + id + "/logs").then().statusCode(400);
        given().auth().oauth2(token("bob")).get(JOBS + "/" + id + "/logs").then().statusCode(404);
    }

    @Test
    void statisticsCountTheTenantsJobsCodesAndErrors() {
        String alice = token("alice");
        upload(alice, "3017620422003\n3017620422004\n");
        given().auth().oauth2(alice).get("/api/v1/code2asin/statistics").then().statusCode(200)
                .body("jobs.pending", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("codes.invalid", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("codes", org.hamcrest.Matchers.hasKey("matched"))
                .body("total_jobs", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("$", org.hamcrest.Matchers.hasKey("completed_jobs"))
                .body("$", org.hamcrest.Matchers.hasKey("failed_jobs"))
                .body("$", org.hamcrest.Matchers.hasKey("running_jobs"))
                .body("$", org.hamcrest.Matchers.hasKey("total_products_matched"))
                .body("$", org.hamcrest.Matchers.hasKey("match_rate"))
                .body("$", org.hamcrest.Matchers.hasKey("average_confidence"));
        given().auth().oauth2(alice).queryParam("days", 7).get("/api/v1/code2asin/stats/errors").then()
                .statusCode(200)
                .body("period_days", equalTo(7))
                .body("error_breakdown.invalid_data.count", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("error_breakdown.invalid_data.description", containsString("don't retry"))
                .body("error_breakdown.api_rate_limit.count", org.hamcrest.Matchers.greaterThanOrEqualTo(0))
                .body("error_breakdown.network.percentage", org.hamcrest.Matchers.notNullValue())
                .body("retry_backoff_schedule", equalTo(java.util.List.of(1, 5, 15, 60, 240)))
                .body("max_retries", equalTo(5));
        given().auth().oauth2(alice).queryParam("days", 0).get("/api/v1/code2asin/stats/errors").then()
                .statusCode(400);
        given().get("/api/v1/code2asin/statistics").then().statusCode(401);
    }

    @Test
    void aDirectImportTakesTheAsinsOfTheFileAndNeverAsksAmazon() throws InterruptedException {
        String alice = token("alice");
        String csv = "ean;asin\n3017620422003;B000TEST01\n5449000000996;NOT-AN-ASIN\n3017620422004;B000TEST02\n";
        String id = given().auth().oauth2(alice).multiPart("file", "codes.csv", csv.getBytes(), "text/csv")
                .multiPart("use_amazon_api", "false").post(JOBS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
        String status = null;
        Instant deadline = Instant.now().plusSeconds(30);
        while (!"completed".equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = given().auth().oauth2(alice).get(JOBS + "/" + id).then().extract().path("job.status");
        }
        given().auth().oauth2(alice).get(JOBS + "/" + id).then().body("job.status", equalTo("completed"))
                .body("figures.with_asin", equalTo(1));
        given().auth().oauth2(alice).queryParam("status", "matched").get(JOBS + "/" + id + "/results").then()
                .body("items.asin", equalTo(java.util.List.of("B000TEST01")))
                .body("items[0].match_type", equalTo("manual"));
        given().auth().oauth2(alice).queryParam("status", "invalid").get(JOBS + "/" + id + "/results").then()
                .body("meta.total", equalTo(2))
                .body("items.error", hasItem(containsString("'NOT-AN-ASIN' is not an ASIN")))
                .body("items.error", hasItem(containsString("wrong check digit")));
        given().auth().oauth2(alice).multiPart("file", "codes.csv", "ean\n3017620422003\n".getBytes(), "text/csv")
                .multiPart("use_amazon_api", "false").post(JOBS).then().statusCode(400)
                .body("detail", containsString("needs two columns, the code and its ASIN"));
    }

    @Test
    void aJobCanBeCreatedFromJson() {
        String alice = token("alice");
        String id = given().auth().oauth2(alice).contentType("application/json").body("""
                {"name": "json job", "supplier_code": "SUP001", "marketplaces": ["DE"], "auto_match": false,
                 "items": [{"code": "3017620422003", "name": "Nutella 400 g", "brand": "Ferrero"},
                           {"code": "3017620422004"}]}""")
                .post(JOBS).then().statusCode(201)
                .body("total_codes", equalTo(2)).body("invalid_codes", equalTo(1)).extract().path("id");
        given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(200)
                .body("job.name", equalTo("json job")).body("job.supplier_code", equalTo("SUP001"))
                .body("job.marketplace", equalTo("DE")).body("options.auto_match", equalTo(false));
        given().auth().oauth2(alice).contentType("application/json").body("{\"items\": []}").post(JOBS).then()
                .statusCode(400).body("detail", containsString("no items"));
        given().auth().oauth2(alice).contentType("application/json")
                .body("{\"items\": [{\"code\": \"3017620422003\"}], \"image_mode\": \"merge\"}").post(JOBS).then()
                .statusCode(400).body("detail", containsString("image_mode 'merge' is unknown"));
        given().auth().oauth2(token("rita")).contentType("application/json")
                .body("{\"items\": [{\"code\": \"3017620422003\"}]}").post(JOBS).then().statusCode(403);
    }
}
