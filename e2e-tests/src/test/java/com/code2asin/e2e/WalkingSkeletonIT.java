package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Topics;
import com.code2asin.model.code.CodeParser;
import com.code2asin.testing.BackingServices;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton, every hop real: a CSV uploaded with a Keycloak token becomes a job, is looked up through
 * the simulator's SP-API, gets its images into S3 and its XLSX export, and every step is on Kafka with CloudEvents
 * headers, as another platform service would read it.
 */
@ExtendWith(Suite.class)
class WalkingSkeletonIT {

    private static final List<String> TOPICS = List.of(Topics.JOBS, Topics.LOOKUP_REQUESTED, Topics.BATCH_DONE,
            Topics.IMAGE_REQUESTED, Topics.IMAGES_STORED, Topics.EXPORT_DONE, Topics.ASIN_DECISIONS);
    private static final MinioClient S3 = MinioClient.builder().endpoint(BackingServices.endpoints().s3Url())
            .credentials("minioadmin", "minioadmin123").region("us-east-1").build();

    @Test
    void aFileOfCodesBecomesResultsImagesEventsAndAnExport() throws Exception {
        List<String> valid = randomEans(20);
        List<String> invalid = List.of("3017620422004", "3.76012E+12");
        String csv = "ean;name\n" + valid.stream().map(c -> c + ";Produit " + c).collect(Collectors.joining("\n"))
                + "\n" + String.join(";broken\n", invalid) + ";broken\n"
                + valid.get(0) + ";the same code again\n"; // a duplicate: looked up once, answered twice
        String alice = token("alice");

        try (EventTap tap = new EventTap(TOPICS)) {
            String jobId = given().auth().oauth2(alice)
                    .multiPart("file", "codes.csv", csv.getBytes(), "text/csv")
                    .multiPart("name", "e2e skeleton")
                    .multiPart("options", "{\"download_images\": true, \"max_images_per_product\": 2}")
                    .post(Suite.jobApi() + "/api/v1/code2asin/jobs")
                    .then().statusCode(201)
                    .body("status", equalTo("pending")).body("total_codes", equalTo(23))
                    .body("invalid_codes", equalTo(2))
                    .extract().path("id");

            given().auth().oauth2(alice).post(Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId + "/start")
                    .then().statusCode(200).body("status", equalTo("processing"));

            JsonPath detail = awaitExport(alice, jobId);
            assertEquals("completed", detail.getString("job.status"));
            assertEquals(23, detail.getInt("figures.total"));
            assertTrue(detail.getInt("figures.with_asin") > 0, "some codes found an ASIN");
            assertTrue(detail.getInt("figures.with_images") > 0, "some items have stored images");
            assertTrue(detail.getInt("figures.with_price") > 0, "SP-API's Pricing API priced some ASINs");
            assertPricedOffers(alice, jobId);

            assertInvalidCodesReportedNotLookedUp(alice, jobId, invalid);
            assertEvents(tap.drain(), jobId, valid, invalid);
            assertImagesInS3(alice, jobId);
            assertExportOpens(alice, jobId);
            assertDuplicateAnsweredLikeItsTwin(alice, jobId, valid.get(0));
            assertLookupInChangeLog(alice, jobId);
            assertSkipStoresNoNewImage(alice, jobId);
            assertCsvExportOfMatchedOnly(alice, jobId, detail.getInt("progress.matched"));
            assertJsonExportOnRequest(alice, jobId);
            assertReviewReachesExportsAndEvents(alice, jobId, tap);

            given().auth().oauth2(token("bob")).get(Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId)
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    private static JsonPath awaitExport(String token, String jobId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonPath detail = null;
        while (Instant.now().isBefore(deadline)) {
            detail = given().auth().oauth2(token).get(Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId)
                    .then().statusCode(200).extract().jsonPath();
            if (!detail.getList("exports.findAll { it.status == 'done' }").isEmpty()) {
                return detail;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("job " + jobId + " not completed and exported in time; last detail: "
                + (detail == null ? null : detail.prettify()));
    }

    /** A job asks for prices by default: a priced item shows the offer summary its price comes from. */
    private static void assertPricedOffers(String token, String jobId) {
        List<Map<String, Object>> items = given().auth().oauth2(token)
                .get(Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId + "/results?limit=100").then()
                .statusCode(200).extract().path("items.findAll { it.amazon_price != null }");
        assertFalse(items.isEmpty(), "no priced item");
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> offer = (Map<String, Object>) item.get("amazon_offer");
            assertNotNull(offer, () -> "a price without its offer: " + item);
            assertTrue(offer.get("offer_count") instanceof Integer count && count > 0, offer::toString);
            assertEquals(item.get("amazon_currency"), offer.get("currency"));
        }
    }

    private static void assertInvalidCodesReportedNotLookedUp(String token, String jobId, List<String> invalid) {
        JsonPath results = given().auth().oauth2(token).queryParam("status", "invalid")
                .get(Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId + "/results")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(Set.copyOf(invalid), Set.copyOf(results.getList("items.product_ean", String.class)));
        results.getList("items.error_category", String.class).forEach(c -> assertEquals("invalid_data", c));
        results.getList("items.error", String.class).forEach(e -> assertFalse(e.isBlank()));
    }

    private static void assertEvents(List<EventTap.Event> all, String jobId, List<String> valid, List<String> invalid) {
        List<EventTap.Event> mine = all.stream().filter(e -> jobId.equals(e.header("ce_subject"))).toList();
        Map<String, List<EventTap.Event>> byType = EventTap.byType(mine);
        for (String type : List.of("job.created", "job.started", "job.completed", "lookup.requested", "batch.done",
                "image.requested", "images.stored", "export.done")) {
            assertTrue(byType.containsKey(type), "a " + type + " event for the job; got " + byType.keySet());
        }
        for (EventTap.Event e : mine) {
            assertNotNull(e.header("ce_id"), "ce_id on " + e.topic());
            assertNotNull(e.header("ce_source"), "ce_source on " + e.topic());
            assertNotNull(e.header("ce_time"), "ce_time on " + e.topic());
            assertEquals("1.0", e.header("ce_specversion"));
            assertEquals("acme", e.header("ce_tenant"), "tenant header on " + e.topic());
        }
        byType.get("job.completed").forEach(e -> {
            assertEquals(jobId, e.key());
            JsonPath payload = JsonPath.from(e.value());
            assertNotNull(payload.getString("snapshot_key"));
            assertEquals(23, payload.getInt("figures.total"));
        });
        Set<String> looked = byType.get("lookup.requested").stream()
                .flatMap(e -> JsonPath.from(e.value()).getList("items.code", String.class).stream())
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(valid), looked, "every valid code, and only those, is sent to lookup");
        // a batch re-sent because its answer was late (a slow machine) is the same batch: count each batch once
        Map<String, Integer> itemsByBatch = new HashMap<>();
        byType.get("lookup.requested").forEach(e -> itemsByBatch.put(JsonPath.from(e.value()).getString("batch_id"),
                JsonPath.from(e.value()).getList("items").size()));
        long sent = itemsByBatch.values().stream().mapToLong(Integer::longValue).sum();
        assertEquals(valid.size(), sent, "the duplicate code is looked up once");
        invalid.forEach(code -> assertFalse(looked.contains(code)));
    }

    /**
     * A result lists the images stored for its product (the code's GTIN-14: the file has no product_id), each under
     * the tenant's products/ folder and named by the SHA-256 of its bytes, and streams each through job-api to its
     * tenant only.
     */
    private static void assertImagesInS3(String token, String jobId) throws Exception {
        JsonPath results = given().auth().oauth2(token).queryParam("status", "matched").queryParam("limit", 100)
                .get(Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId + "/results")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> item = results.getList("items.findAll { it.images_stored > 0 }", Map.class).get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stored = (List<Map<String, Object>>) item.get("stored_images");
        assertEquals(item.get("images_stored"), stored.size(), "every stored image listed");
        String folder = "/" + ((String) item.get("gtin14")).substring(0, 2) + "/" + item.get("gtin14") + "/";
        for (Map<String, Object> image : stored) {
            String key = (String) image.get("key");
            assertTrue(key.startsWith("products/") && key.contains(folder), key);
            byte[] bytes;
            try (InputStream in = S3.getObject(GetObjectArgs.builder().bucket("code2asin").object(key).build())) {
                bytes = in.readAllBytes();
            }
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertTrue(key.endsWith(folder + sha + ".jpg"), "the key names the SHA-256 of the bytes: " + key);
            assertEquals(sha, image.get("sha256"));
            assertEquals(bytes.length, ((Number) image.get("bytes")).intValue());
            assertNotNull(ImageIO.read(new ByteArrayInputStream(bytes)), "a decodable image");
            byte[] served = given().auth().oauth2(token).get(Suite.jobApi() + image.get("url"))
                    .then().statusCode(200).contentType(containsString("image/")).extract().asByteArray();
            assertTrue(java.util.Arrays.equals(bytes, served), "job-api streams the stored object");
            given().auth().oauth2(token("bob")).get(Suite.jobApi() + image.get("url"))
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    /**
     * A second job of a code whose product has images, with {@code image_mode=skip}: nothing new is stored, and its
     * result lists the images the first job stored for the product.
     */
    private static void assertSkipStoresNoNewImage(String token, String jobId) throws Exception {
        JsonPath results = given().auth().oauth2(token).queryParam("status", "matched").queryParam("limit", 100)
                .get(Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId + "/results")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> first = results.getList("items.findAll { it.images_stored > 0 }", Map.class).get(0);
        @SuppressWarnings("unchecked")
        List<String> keys = ((List<Map<String, Object>>) first.get("stored_images")).stream()
                .map(i -> (String) i.get("key")).toList();
        String folder = keys.get(0).substring(0, keys.get(0).lastIndexOf('/') + 1);
        List<String> before = objects(folder);

        String again = given().auth().oauth2(token)
                .multiPart("file", "again.csv", ("ean\n" + first.get("product_ean") + "\n").getBytes(), "text/csv")
                .multiPart("options", "{\"download_images\": true, \"image_mode\": \"skip\"}")
                .post(Suite.jobApi() + "/api/v1/code2asin/jobs").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post(Suite.jobApi() + "/api/v1/code2asin/jobs/" + again + "/start")
                .then().statusCode(200);
        JsonPath item = Suite.completedResults(token, again);
        assertEquals(keys.stream().sorted().toList(), item.getList("items[0].stored_images.key", String.class)
                .stream().sorted().toList(), "the product's images, stored by the first job");
        assertEquals(before, objects(folder), "skip stored nothing new");
    }

    private static List<String> objects(String prefix) throws Exception {
        List<String> keys = new ArrayList<>();
        for (io.minio.Result<io.minio.messages.Item> r : S3.listObjects(io.minio.ListObjectsArgs.builder()
                .bucket("code2asin").prefix(prefix).recursive(true).build())) {
            keys.add(r.get().objectName());
        }
        return keys.stream().sorted().toList();
    }

    /** A matched item's log holds its lookup, with SP-API's own answer for the code (from the simulator). */
    private static void assertLookupInChangeLog(String token, String jobId) {
        String api = Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId;
        JsonPath matched = given().auth().oauth2(token).queryParam("status", "matched").get(api + "/results")
                .then().statusCode(200).extract().jsonPath();
        String item = matched.getString("items[0].id");
        String asin = matched.getString("items[0].asin");
        JsonPath history = given().auth().oauth2(token).get(api + "/results/" + item + "/history").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("lookup", history.getString("[0].kind"));
        assertEquals(asin, history.getString("[0].new_asin"));
        assertEquals("sp-api", history.getString("[0].provider"));
        assertTrue(history.getList("[0].raw_answer.items.asin", String.class).contains(asin),
                "SP-API's answer for the code holds the ASIN: " + history.prettify());
    }

    private static void assertExportOpens(String token, String jobId) throws Exception {
        byte[] xlsx = given().auth().oauth2(token).get(Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId + "/download")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(23, sheet.getLastRowNum(), "a header row and one row per code");
        }
    }

    private static void assertDuplicateAnsweredLikeItsTwin(String token, String jobId, String code) {
        JsonPath results = given().auth().oauth2(token).queryParam("limit", 100)
                .get(Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId + "/results")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> twins = results.getList("items.findAll { it.product_ean == '" + code + "' }");
        assertEquals(2, twins.size());
        assertEquals(twins.get(0).get("status"), twins.get(1).get("status"));
        assertEquals(twins.get(0).get("asin"), twins.get(1).get("asin"));
        assertEquals(twins.get(0).get("images_stored"), twins.get(1).get("images_stored"));
    }

    /** The compatibility export path answers the file itself once export-service wrote it. */
    private static void assertCsvExportOfMatchedOnly(String token, String jobId, int matched) {
        String csv = given().auth().oauth2(token).queryParam("format", "csv").queryParam("include_unmatched", false)
                .post(Suite.jobApi() + "/api/v1/code2asin/export/results/" + jobId)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFFRow,Code,GTIN-14"), lines.get(0));
        assertEquals(matched, lines.size() - 1, "one line per matched item");
        lines.stream().skip(1).forEach(line -> assertTrue(line.contains(",matched,"), line));
    }

    private static void assertJsonExportOnRequest(String token, String jobId) throws InterruptedException {
        String status = given().auth().oauth2(token).queryParam("format", "json")
                .post(Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId + "/exports")
                .then().statusCode(202).body("status", equalTo("requested")).extract().path("status_url");
        JsonPath export = Suite.answeredExport(token, status);
        assertEquals("done", export.getString("status"), export.prettify());
        List<Object> rows = given().auth().oauth2(token).get(Suite.jobApi() + export.getString("download_url"))
                .then().statusCode(200).contentType(containsString("application/json")).extract().jsonPath()
                .getList("$");
        assertEquals(23, rows.size());
    }

    /**
     * After completion, a person rejects a matched item's ASIN: the next CSV export shows the decision, the job's
     * XLSX is made again, and other services see {@code asin.rejected} on the decisions topic.
     */
    private static void assertReviewReachesExportsAndEvents(String token, String jobId, EventTap tap)
            throws Exception {
        String api = Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId;
        JsonPath matched = given().auth().oauth2(token).queryParam("status", "matched").get(api + "/results")
                .then().statusCode(200).extract().jsonPath();
        String item = matched.getString("items[0].id");
        String asin = matched.getString("items[0].asin");
        String code = matched.getString("items[0].product_ean");
        int row = matched.getInt("items[0].row_number"); // the file has a code twice: the row names the item
        tap.drain();
        given().auth().oauth2(token).contentType("application/json").post(api + "/results/" + item + "/reject")
                .then().statusCode(200).body("match_type", equalTo("manual"));

        String csv = given().auth().oauth2(token).queryParam("format", "csv")
                .post(Suite.jobApi() + "/api/v1/code2asin/export/results/" + jobId)
                .then().statusCode(200).extract().asString();
        String line = csv.lines().filter(l -> l.startsWith(row + "," + code + ",")).findFirst().orElseThrow();
        assertFalse(line.contains(asin), "the export made after the review shows it: " + line);
        assertTrue(line.contains(",manual,"), line);

        Instant deadline = Instant.now().plusSeconds(60);
        byte[] xlsx = null;
        while (xlsx == null && Instant.now().isBefore(deadline)) {
            var answer = given().auth().oauth2(token).get(api + "/download").then().extract();
            if (answer.statusCode() == 200) {
                xlsx = answer.asByteArray();
            } else {
                assertEquals(202, answer.statusCode(), "the XLSX of before the review is made again");
                Thread.sleep(500);
            }
        }
        assertNotNull(xlsx, "the XLSX was made again within 60 s");
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            boolean shown = false;
            for (var cells : sheet) {
                StringBuilder text = new StringBuilder();
                cells.forEach(cell -> text.append(cell).append('|'));
                if (cells.getCell(0) != null && cells.getCell(0).toString().equals(row + ".0")) {
                    assertFalse(text.toString().contains(asin), "the XLSX row shows the review: " + text);
                    shown = true;
                }
            }
            assertTrue(shown, "row " + row + " (" + code + ") in the XLSX");
        }

        EventTap.Event decision = tap.drain().stream().filter(e -> e.topic().equals(Topics.ASIN_DECISIONS))
                .filter(e -> e.value().contains(item)).findFirst().orElseThrow(() -> new AssertionError(
                        "no decision for item " + item + " on " + Topics.ASIN_DECISIONS));
        assertEquals("asin.rejected", decision.header("ce_type"));
        assertEquals("acme", decision.header("ce_tenant"));
        JsonPath event = JsonPath.from(decision.value());
        assertEquals(asin, event.getString("previous_asin"));
        assertEquals("alice", event.getString("actor"));
    }

    static List<String> randomEans(int count) {
        Random random = new Random();
        List<String> codes = new ArrayList<>();
        while (codes.size() < count) {
            StringBuilder body = new StringBuilder("3");
            for (int i = 0; i < 11; i++) {
                body.append(random.nextInt(10));
            }
            String code = body.toString() + CodeParser.checkDigit(body.toString());
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }
}
