package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.code.CodeParser;
import io.restassured.path.json.JsonPath;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Memory that does not grow with the job, proved cheaply: job-api and export-service run on a 96 MB heap
 * ({@link Suite#HEAP}) and take a job of 300,000 items through every path that touches all of them (intake,
 * completion snapshot, the automatic XLSX, CSV and JSON exports and their downloads, the first and last results
 * page, retry of every item, cancel, delete). Held in memory, such a job is several times that heap; a service that
 * ran out of it would have exited (exit on OutOfMemoryError) and fails the test.
 */
@ExtendWith(Suite.class)
class BoundedMemoryIT {

    private static final int ITEMS = 300_000;
    private static final String JOBS = "/api/v1/code2asin/jobs";
    private static final Duration STEP = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aJobLargerThanTheHeapCompletesExportsRetriesAndIsDeleted() throws Exception {
        String alice = token("alice");
        Path file = directImportFile();
        try {
            String id = upload(alice, file, false);
            given().auth().oauth2(alice).post(Suite.jobApi() + JOBS + "/" + id + "/start").then().statusCode(200);
            awaitDetail(alice, id, d -> "completed".equals(d.getString("job.status")), "completed");
            awaitDetail(alice, id, d -> !d.getList("exports.findAll { it.status == 'done' }").isEmpty(),
                    "the automatic XLSX");

            byte[] xlsx = download(alice, JOBS + "/" + id + "/download", 4);
            assertArrayEquals(new byte[] {'P', 'K', 3, 4}, xlsx, "the XLSX (a zip) streams through job-api");
            JsonPath csv = export(alice, id, "csv");
            assertEquals(ITEMS, csv.getLong("rows"));
            assertEquals(ITEMS + 1, lines(alice, csv.getString("download_url")), "a header and a line per item");
            JsonPath json = export(alice, id, "json");
            assertEquals(ITEMS, json.getLong("rows"));
            assertEquals(json.getLong("bytes"), bytes(alice, json.getString("download_url")));

            // the file's row numbers: its header is row 1
            resultsPage(alice, id, 1).body("items[0].row_number", equalTo(2));
            resultsPage(alice, id, ITEMS / 50).body("items[49].row_number", equalTo(ITEMS + 1));

            delete(alice, id);
            retryEveryItemOfALookupJob(alice, file);
        } finally {
            Files.deleteIfExists(file);
        }
        for (String service : Suite.HEAP.keySet()) {
            assertTrue(Suite.alive(service), service + " stopped; see " + Suite.log(service));
            assertFalse(Files.readString(Suite.log(service)).contains("OutOfMemoryError"), service + " ran out of heap");
        }
    }

    /** The same codes looked up: cancelled at once, a retry queues every item again, then it goes. */
    private static void retryEveryItemOfALookupJob(String token, Path file) throws Exception {
        String id = upload(token, file, true);
        given().auth().oauth2(token).post(Suite.jobApi() + JOBS + "/" + id + "/start").then().statusCode(200);
        given().auth().oauth2(token).post(Suite.jobApi() + JOBS + "/" + id + "/cancel").then().statusCode(200);
        int requeued = given().auth().oauth2(token).post(Suite.jobApi() + JOBS + "/" + id + "/retry")
                .then().statusCode(200).body("status", equalTo("processing")).extract().path("requeued");
        assertTrue(requeued > ITEMS - 1000, requeued + " of " + ITEMS + " items queued again"); // a few answered
        given().auth().oauth2(token).post(Suite.jobApi() + JOBS + "/" + id + "/cancel").then().statusCode(200);
        delete(token, id);
    }

    private static Path directImportFile() throws IOException {
        Path file = Files.createTempFile("bounded-memory-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ean;asin;name\n");
            for (int i = 0; i < ITEMS; i++) {
                String body = "41" + String.format("%010d", i);
                out.write(body + CodeParser.checkDigit(body) + ";B0" + String.format("%08d", i) + ";Produit " + i + "\n");
            }
        }
        return file;
    }

    private static String upload(String token, Path file, boolean lookUp) {
        return given().auth().oauth2(token).multiPart("file", file.toFile(), "text/csv")
                .multiPart("use_amazon_api", String.valueOf(lookUp)).multiPart("name", "bounded memory")
                .multiPart("options", "{\"download_images\": false}")
                .post(Suite.jobApi() + JOBS).then().statusCode(201).body("total_codes", equalTo(ITEMS))
                .extract().path("id");
    }

    private static JsonPath export(String token, String id, String format) throws InterruptedException {
        String status = given().auth().oauth2(token).queryParam("format", format)
                .post(Suite.jobApi() + JOBS + "/" + id + "/exports").then().statusCode(202).extract().path("status_url");
        Instant deadline = Instant.now().plus(STEP);
        JsonPath export;
        do {
            Thread.sleep(500);
            export = given().auth().oauth2(token).get(Suite.jobApi() + status).then().statusCode(200).extract()
                    .jsonPath();
        } while ("requested".equals(export.getString("status")) && Instant.now().isBefore(deadline));
        assertEquals("done", export.getString("status"), export.prettify());
        return export;
    }

    private static io.restassured.response.ValidatableResponse resultsPage(String token, String id, int page) {
        return given().auth().oauth2(token).queryParam("page", page).queryParam("per_page", 50)
                .get(Suite.jobApi() + JOBS + "/" + id + "/results").then().statusCode(200);
    }

    private static void delete(String token, String id) {
        given().auth().oauth2(token).delete(Suite.jobApi() + JOBS + "/" + id).then().statusCode(204);
        given().auth().oauth2(token).get(Suite.jobApi() + JOBS + "/" + id).then().statusCode(404);
    }

    private static JsonPath awaitDetail(String token, String id, Predicate<JsonPath> done, String what)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(STEP);
        JsonPath detail;
        do {
            Thread.sleep(500);
            assertTrue(Suite.alive("job-api"), "job-api exited while waiting for " + what + "; see "
                    + Suite.log("job-api"));
            detail = given().auth().oauth2(token).get(Suite.jobApi() + JOBS + "/" + id).then().statusCode(200)
                    .extract().jsonPath();
        } while (!done.test(detail) && Instant.now().isBefore(deadline));
        assertTrue(done.test(detail), what + " in time; last detail: " + detail.prettify());
        return detail;
    }

    /** The first bytes of a download, read as a client reads a large file: as a stream. */
    private static byte[] download(String token, String path, int first) throws Exception {
        try (InputStream in = open(token, path)) {
            byte[] head = in.readNBytes(first);
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return head;
        }
    }

    private static long bytes(String token, String path) throws Exception {
        try (InputStream in = open(token, path)) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    private static long lines(String token, String path) throws Exception {
        try (InputStream in = open(token, path)) {
            long lines = 0;
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
            return lines;
        }
    }

    private static InputStream open(String token, String path) throws Exception {
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(Suite.jobApi() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
