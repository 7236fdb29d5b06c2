package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * job-api accepts only real tokens of the realm, and only with the permission an operation needs. Health and metrics
 * answer on each service's management port only; the API documents on the HTTP port.
 */
@ExtendWith(Suite.class)
class SecurityIT {

    private static final String JOBS = "/api/v1/code2asin/jobs";

    @Test
    void withoutATokenEveryBusinessEndpointAnswers401() {
        given().get(Suite.jobApi() + JOBS).then().statusCode(401);
        given().post(Suite.jobApi() + JOBS + "/00000000-0000-0000-0000-000000000000/start").then().statusCode(401);
    }

    @Test
    void aForgedTokenAnswers401() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get(Suite.jobApi() + JOBS)
                .then().statusCode(401);
    }

    @Test
    void aReaderCanListButNotCreate() {
        String rita = token("rita");
        given().auth().oauth2(rita).get(Suite.jobApi() + JOBS).then().statusCode(200);
        given().auth().oauth2(rita).multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv")
                .post(Suite.jobApi() + JOBS).then().statusCode(403);
    }

    @Test
    void healthAndOpenApiNeedNoToken() {
        given().get(Suite.management(Suite.JOB_API) + "/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));
        given().get(Suite.jobApi() + "/q/openapi").then().statusCode(200);
        // the probes deploy/k8s gives every service
        for (int port : List.of(Suite.JOB_API, Suite.LOOKUP_WORKER, Suite.IMAGE_FETCHER, Suite.EXPORT_SERVICE)) {
            for (String probe : List.of("started", "ready", "live")) {
                given().get(Suite.management(port) + "/q/health/" + probe).then().statusCode(200);
            }
        }
        given().get(Suite.jobApi() + "/q/asyncapi").then().statusCode(200).contentType("application/json")
                .body("asyncapi", equalTo("3.0.0")).body("channels.batchDone.address", equalTo("code2asin.batch-done.v1"));
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortOnlyTheApiDocumentsOnTheHttpPort() {
        for (int port : List.of(Suite.JOB_API, Suite.LOOKUP_WORKER, Suite.IMAGE_FETCHER, Suite.EXPORT_SERVICE)) {
            String http = "http://127.0.0.1:" + port;
            for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics")) {
                given().get(http + path).then().statusCode(404);
            }
            given().get(Suite.management(port) + "/q/health").then().statusCode(200);
            given().get(Suite.management(port) + "/q/metrics").then().statusCode(200);
        }
        for (int port : List.of(Suite.JOB_API, Suite.LOOKUP_WORKER)) {
            given().get("http://127.0.0.1:" + port + "/q/openapi").then().statusCode(200);
            given().get(Suite.management(port) + "/q/openapi").then().statusCode(404);
        }
        given().get(Suite.management(Suite.JOB_API) + "/q/asyncapi").then().statusCode(404);
    }
}
