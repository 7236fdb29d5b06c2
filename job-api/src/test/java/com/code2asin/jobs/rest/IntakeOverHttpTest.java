package com.code2asin.jobs.rest;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.code2asin.model.code.CodeParser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Statement;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Uploads in every format through HTTP, the compatibility import path, and the size limits (1 MB for a file or a
 * JSON body, a 2 MB cap for a body sent in chunks, in the test profile).
 */
@QuarkusTest
class IntakeOverHttpTest {

    private static final String API = "/api/v1/code2asin";

    @Inject
    AgroalDataSource db;

    @Test
    void anXlsxUploadKeepsItsColumnsAndEveryDigit() throws IOException {
        String alice = token("alice");
        String id = given().auth().oauth2(alice)
                .multiPart("file", "catalogue.xlsx", workbook(new XSSFWorkbook()),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .post(API + "/jobs").then().statusCode(201)
                .body("total_codes", equalTo(2)).body("total_products", equalTo(2)).body("invalid_codes", equalTo(0))
                .extract().path("id");
        given().auth().oauth2(alice).get(API + "/jobs/" + id + "/results").then().statusCode(200)
                .body("items[0].product_ean", equalTo("3017620422003"))
                .body("items[0].sku", equalTo("FER-400"))
                .body("items[0].supplier_price", equalTo("4.99"))
                .body("items[1].product_ean", equalTo("05449000000996"));
    }

    @Test
    void anXlsThroughTheCompatibilityImportPath() throws IOException {
        String alice = token("alice");
        String id = given().auth().oauth2(alice)
                .multiPart("file", "catalogue.xls", workbook(new HSSFWorkbook()), "application/vnd.ms-excel")
                .multiPart("supplier_code", "SUP001")
                .post(API + "/import").then().statusCode(201).body("total_codes", equalTo(2))
                .extract().path("job_id");
        given().auth().oauth2(alice).get(API + "/results/" + id).then().statusCode(200)
                .body("job_id", equalTo(id)).body("total", equalTo(2));
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsA400() {
        given().auth().oauth2(token("alice"))
                .multiPart("file", "codes.xlsx", "ean\n3017620422003\n".getBytes(), "text/csv")
                .post(API + "/jobs").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("is named .xlsx but is not an Excel workbook"));
    }

    @Test
    void aLargeUploadLeavesThePlannerKnowingHowManyItemsThereAre() throws Exception {
        double believedBefore = believedItems();
        // a quarter of what the planner believed or more: stale statistics would be off by a fifth at least
        int codes = (int) Math.max(1000, Math.ceil(0.25 * Math.max(believedBefore, 0))) + 1;
        assumeTrue(codes <= 60_000, "job_item of this database is too large for the test profile's 1 MB upload");
        StringBuilder csv = new StringBuilder("ean\n");
        for (int i = 0; i < codes; i++) {
            String body = String.format("40%010d", i);
            csv.append(body).append(CodeParser.checkDigit(body)).append('\n');
        }
        given().auth().oauth2(token("alice"))
                .multiPart("file", "many.csv", csv.toString().getBytes(), "text/csv")
                .post(API + "/jobs").then().statusCode(201).body("total_codes", equalTo(codes));

        long counted = scalar("SELECT count(*) FROM job_item");
        double believed = believedItems();
        assertTrue(Math.abs(believed - counted) <= 0.1 * counted,
                "the planner believes " + believed + " items (before the upload: " + believedBefore + "), there are "
                        + counted);
    }

    @Test
    void deletingAJobDeletesItsItems() throws Exception {
        String alice = token("alice");
        String id = given().auth().oauth2(alice)
                .multiPart("file", "three.csv", "ean\n3017620422003\n5449000000996\n4006381333931\n".getBytes(),
                        "text/csv")
                .post(API + "/jobs").then().statusCode(201).extract().path("id");
        String items = "SELECT count(*) FROM job_item WHERE job_id = '" + id + "'";
        assertEquals(3, scalar(items));
        given().auth().oauth2(alice).delete(API + "/jobs/" + id).then().statusCode(204);
        assertEquals(0, scalar(items));
    }

    @Test
    void anUploadOverTheLimitIsA413SayingTheSizes() {
        byte[] big = ("3017620422003\n".repeat(90_000)).getBytes(); // 1.2 MB, over the test profile's 1 MB
        given().auth().oauth2(token("alice")).multiPart("file", "big.csv", big, "text/csv")
                .post(API + "/jobs").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("files up to 1.0 MB are taken"));
    }

    @Test
    void aJsonBodyOverItsLimitIsA413AndOneWithoutLengthA411() throws Exception {
        String alice = token("alice");
        String items = "{\"code\":\"3017620422003\"},".repeat(50_000); // 1.3 MB, over the test profile's 1 MB
        given().auth().oauth2(alice).contentType("application/json")
                .body("{\"items\":[" + items + "{\"code\":\"3017620422003\"}]}")
                .post(API + "/jobs").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("JSON bodies up to 1.0 MB are taken"));

        HttpResponse<String> chunked = send(alice, "application/json",
                "{\"items\":[{\"code\":\"3017620422003\"}]}".getBytes());
        assertEquals(411, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains("needs its Content-Length"), chunked.body());
    }

    @Test
    void aBodyThatIsNotTheMultipartItClaimsIsA400() {
        given().auth().oauth2(token("alice")).contentType("multipart/form-data; boundary=x")
                .body("--y\r\nnothing of the kind\r\n".getBytes())
                .post(API + "/jobs").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token("alice")).contentType("multipart/form-data")
                .body("no boundary at all".getBytes())
                .post(API + "/jobs").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUploadSentInChunksIsCutAtTheBodyLimitWithAProblem() throws Exception {
        String boundary = "chunks";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "3017620422003\n".repeat(200_000) + "\r\n--" + boundary
                + "--\r\n").getBytes(); // 2.8 MB without a Content-Length, over the test profile's 2 MB cap
        HttpResponse<String> answer = send(token("alice"), "multipart/form-data; boundary=" + boundary,
                body);
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("the request body is over the most this service reads"), answer.body());
    }

    /** A POST whose body has no announced length: the client sends it in chunks. */
    private static HttpResponse<String> send(String token, String type, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + API + "/jobs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private double believedItems() throws SQLException {
        return scalar("SELECT reltuples FROM pg_class WHERE oid = 'job_item'::regclass");
    }

    private long scalar(String sql) throws SQLException {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return (long) rows.getDouble(1);
        }
    }

    private static byte[] workbook(Workbook workbook) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("codes");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("EAN");
            header.createCell(1).setCellValue("SKU");
            header.createCell(2).setCellValue("Prix");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(3017620422003d);
            first.createCell(1).setCellValue("FER-400");
            first.createCell(2).setCellValue("4.99");
            sheet.createRow(2).createCell(0).setCellValue("05449000000996");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
