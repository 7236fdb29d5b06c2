package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.jobs.client.ObjectStore;
import com.code2asin.jobs.rest.BadInputTest;
import com.code2asin.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The compatibility export path ({@code POST /export/results/{id}}) waits for export-service's file without holding a
 * thread: with four worker threads, a dozen waiting requests still leave a blocking request (a download) its thread,
 * and the file, once written, reaches every one of them (the dozen asked for one export). The test plays
 * export-service on the real Kafka.
 */
@QuarkusTest
@TestProfile(CompatibilityExportTest.FourWorkerThreads.class)
class CompatibilityExportTest {

    public static class FourWorkerThreads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.thread-pool.max-threads", "4", "job-api.compatibility-export-wait", "20s");
        }
    }

    private static final String API = "/api/v1/code2asin";
    private static final String EXPORT_DONE = "code2asin.export-done.v1";

    @Inject
    ObjectStore store;

    @Test
    void waitingRequestsHoldNoWorkerThreadAndAllGetTheFile() throws Exception {
        String alice = token("alice");
        String job = BadInputTest.completedDirectImport(alice);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest compatibilityExport = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + API
                        + "/export/results/" + job + "?format=csv")).header("Authorization", "Bearer " + alice)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        List<CompletableFuture<HttpResponse<String>>> waits = IntStream.range(0, 12)
                .mapToObj(i -> http.sendAsync(compatibilityExport, HttpResponse.BodyHandlers.ofString())).toList();
        String exportId = awaitExport(alice, job, "csv");

        // downloads run on worker threads: answered while the twelve requests wait
        given().auth().oauth2(alice).get(API + "/jobs/" + job + "/download").then().statusCode(404)
                .body("detail", containsString("no finished export yet"));
        assertTrue(waits.stream().noneMatch(CompletableFuture::isDone), "no waiting request was answered yet");

        String csv = "Row,Code,ASIN\n" + "2,3017620422003,B000TEST01\n".repeat(8_000); // 216 kB: several chunks
        String key = "exports/acme/" + job + "/" + exportId + ".csv";
        Path file = Files.writeString(Files.createTempFile("export", ".csv"), csv);
        store.upload(key, file, "text/csv").await().indefinitely();
        Files.delete(file);
        KafkaTestClient.publish(EXPORT_DONE, job, """
                {"export_id":"%s","job_id":"%s","tenant":"acme","format":"csv","object_key":"%s","rows":8000,
                 "bytes":%d}""".formatted(exportId, job, key, csv.length()));
        for (CompletableFuture<HttpResponse<String>> wait : waits) {
            HttpResponse<String> answer = wait.get(60, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(csv, answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                    answer.headers().toString());
            assertEquals("attachment; filename=\"code2asin-" + job + ".csv\"",
                    answer.headers().firstValue("Content-Disposition").orElse(""));
        }
        given().auth().oauth2(alice).get(API + "/jobs/" + job).then()
                .body("exports.findAll { it.format == 'csv' }.id", equalTo(List.of(exportId))); // asked once
    }

    @Test
    void anExportThatFailsIsA502AndOneNotWrittenInTimeA202WithWhereToFollowIt() throws Exception {
        String alice = token("alice");
        String job = BadInputTest.completedDirectImport(alice);
        CompletableFuture<Response> failing = CompletableFuture.supplyAsync(() -> given().auth().oauth2(alice)
                .queryParam("format", "json").post(API + "/export/results/" + job));
        String failed = awaitExport(alice, job, "json");
        KafkaTestClient.publish(EXPORT_DONE, job, """
                {"export_id":"%s","job_id":"%s","tenant":"acme","format":"json","rows":0,"bytes":0,
                 "error":"S3 refused the write"}""".formatted(failed, job));
        failing.get(60, TimeUnit.SECONDS).then().statusCode(502).contentType("application/json")
                .body("status", equalTo("failed")).body("error", equalTo("S3 refused the write"));

        Response late = given().auth().oauth2(alice).queryParam("format", "xlsx")
                .post(API + "/export/results/" + job);
        String export = awaitExport(alice, job, "xlsx");
        late.then().statusCode(202).contentType("application/json").body("status", equalTo("requested"))
                .header("Location", equalTo(API + "/jobs/" + job + "/exports/" + export));
    }

    @Test
    void anExportThatCannotBeAskedForIsAProblem() {
        String alice = token("alice");
        String pending = given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(),
                "text/csv").post(API + "/jobs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(alice).post(API + "/export/results/" + pending).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("once it is completed"));
        given().auth().oauth2(token("bob")).post(API + "/export/results/" + pending).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(alice).queryParam("format", "pdf").post(API + "/export/results/" + pending).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("'pdf'"));
    }

    /** The id of the job's export in {@code format}, once a request has asked for it. */
    private static String awaitExport(String token, String job, String format) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            String id = given().auth().oauth2(token).get(API + "/jobs/" + job).then().statusCode(200).extract()
                    .path("exports.find { it.format == '" + format + "' && it.requested_by == 'alice' }.id");
            if (id != null) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + format + " export of job " + job + " was asked for");
    }
}
