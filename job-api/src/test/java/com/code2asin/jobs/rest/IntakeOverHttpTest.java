package com.code2asin.jobs.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Uploads in every format through HTTP, the seed's import path, and the size limit (1 MB in the test profile). */
@QuarkusTest
class IntakeOverHttpTest {

    private static final String API = "/api/v1/code2asin";

    @Test
    void anXlsxUploadKeepsItsColumnsAndEveryDigit() throws IOException {
        String alice = JobResourceTest.token("alice");
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
    void anXlsThroughTheSeedImportPath() throws IOException {
        String alice = JobResourceTest.token("alice");
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
        given().auth().oauth2(JobResourceTest.token("alice"))
                .multiPart("file", "codes.xlsx", "ean\n3017620422003\n".getBytes(), "text/csv")
                .post(API + "/jobs").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("is named .xlsx but is not an Excel workbook"));
    }

    @Test
    void anUploadOverTheLimitIsA413SayingTheSizes() {
        byte[] big = ("3017620422003\n".repeat(90_000)).getBytes(); // 1.2 MB, over the test profile's 1 MB
        given().auth().oauth2(JobResourceTest.token("alice")).multiPart("file", "big.csv", big, "text/csv")
                .post(API + "/jobs").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("files up to 1.0 MB are taken"));
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
