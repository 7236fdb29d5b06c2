package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Amazon may stop honouring an access token before its hour is up (app re-authorised, credentials rotated). Across
 * the whole suite: after a job has left lookup-worker holding a token, the simulator forgets every token it issued,
 * and the next job is still answered in full, with no item failed for authentication.
 */
@ExtendWith(Suite.class)
class TokensForgottenIT {

    private static final String SIMULATOR = "http://127.0.0.1:" + Suite.SIMULATOR;
    private static final String JOBS = Suite.jobApi() + "/api/v1/code2asin/jobs";

    @Test
    void aJobAfterAmazonForgotItsTokensIsAnsweredInFull() throws Exception {
        String alice = token("alice");
        assertAnsweredInFull(alice, runJob(alice, WalkingSkeletonIT.randomEans(10))); // a token is held now
        given().post(SIMULATOR + "/sim/stats/reset").then().statusCode(204);
        given().contentType("application/json").body("{\"faults\":{\"forget-tokens\":true}}")
                .put(SIMULATOR + "/sim/config").then().statusCode(200);
        try {
            assertAnsweredInFull(alice, runJob(alice, WalkingSkeletonIT.randomEans(20)));
            JsonPath stats = given().get(SIMULATOR + "/sim/stats").then().statusCode(200).extract().jsonPath();
            assertTrue(stats.getLong("token_refusals") >= 1, "the held token was refused: " + stats.prettify());
            assertTrue(stats.getLong("token_requests") >= 1, "and a new one fetched: " + stats.prettify());
        } finally {
            given().delete(SIMULATOR + "/sim/config").then().statusCode(200);
        }
    }

    private static String runJob(String token, List<String> codes) throws InterruptedException {
        String jobId = given().auth().oauth2(token)
                .multiPart("file", "codes.csv", ("ean\n" + String.join("\n", codes) + "\n").getBytes(), "text/csv")
                .post(JOBS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post(JOBS + "/" + jobId + "/start").then().statusCode(200);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String status = given().auth().oauth2(token).get(JOBS + "/" + jobId).then().statusCode(200)
                    .extract().path("job.status");
            if (status.equals("completed") || status.equals("failed")) {
                return jobId;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("job " + jobId + " did not end within 3 minutes");
    }

    private static void assertAnsweredInFull(String token, String jobId) {
        JsonPath detail = given().auth().oauth2(token).get(JOBS + "/" + jobId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("completed", detail.getString("job.status"), detail.prettify());
        List<String> failed = given().auth().oauth2(token).queryParam("status", "failed").get(JOBS + "/" + jobId
                + "/results").then().statusCode(200).extract().jsonPath().getList("items.error_category");
        assertEquals(List.of(), failed, "no item failed, for authentication or anything else");
    }
}
