package com.code2asin.jobs;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.time.Instant;

/** The job API as the tests call it: a real token, real HTTP to the job-api under test. */
public final class JobsOverHttp {

    public static final String JOBS = "/api/v1/code2asin/jobs";

    private JobsOverHttp() {
    }

    /** A new job of the CSV text, pending; its id. */
    public static String upload(String token, String csv) {
        return given().auth().oauth2(token).multiPart("file", "codes.csv", csv.getBytes(), "text/csv").post(JOBS)
                .then().statusCode(201).extract().path("id");
    }

    /** The job's detail once it is in {@code status}; fails with the last detail when 60 s pass first. */
    public static JsonPath awaitStatus(String token, String id, String status) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonPath detail = detail(token, id);
        while (!status.equals(detail.getString("job.status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            detail = detail(token, id);
        }
        assertEquals(status, detail.getString("job.status"), detail.prettify());
        return detail;
    }

    private static JsonPath detail(String token, String id) {
        return given().auth().oauth2(token).get(JOBS + "/" + id).then().statusCode(200).extract().jsonPath();
    }
}
