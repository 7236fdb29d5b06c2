package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code marketplace_mode: each} through the whole suite: forty codes on FR and DE give eighty results; lookup-worker
 * asks Amazon's catalog twenty codes a call, one marketplace a call; the job's XLSX has one line per code with the
 * two marketplaces' results side by side.
 */
@ExtendWith(Suite.class)
class EachMarketplaceIT {

    private static final String SIM = "http://127.0.0.1:" + Suite.SIMULATOR;
    private static final int CODES = 40;

    @Test
    void fortyCodesOnTwoMarketplacesAreEightyResultsInFullCallsAndOneSpreadsheetLinePerCode() throws Exception {
        // codes no earlier run asked: lookup-worker's cache would answer them without a call
        long start = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        List<String> codes = given().get(SIM + "/sim/ground-truth?marketplaces=FR&count=" + CODES + "&start=" + start)
                .then().statusCode(200).extract().asString().lines().skip(1).map(line -> line.split(",")[0]).toList();
        String alice = token("alice");
        String jobs = Suite.jobApi() + "/api/v1/code2asin/jobs";
        String job = given().auth().oauth2(alice)
                .multiPart("file", "codes.csv", ("ean\n" + String.join("\n", codes)).getBytes(), "text/csv")
                .multiPart("options", "{\"download_images\": false, \"with_prices\": false, "
                        + "\"marketplaces\": [\"FR\", \"DE\"], \"marketplace_mode\": \"each\"}")
                .post(jobs).then().statusCode(201).extract().path("id");
        given().post(SIM + "/sim/stats/reset").then().statusCode(204);
        given().auth().oauth2(alice).post(jobs + "/" + job + "/start").then().statusCode(200);
        Suite.completedResults(alice, job);

        JsonPath stats = given().get(SIM + "/sim/stats").then().statusCode(200).extract().jsonPath();
        long calls = stats.getLong("apis.sp-api.calls");
        long identifiers = stats.getLong("apis.sp-api.identifiers");
        assertTrue(identifiers >= 2L * CODES, "every code asked on both marketplaces: " + stats.prettify());
        assertTrue(identifiers >= 19.0 * calls, "twenty codes a call, one marketplace a call: " + stats.prettify());

        JsonPath results = given().auth().oauth2(alice).queryParam("limit", 100).get(jobs + "/" + job + "/results")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2 * CODES, results.getList("items").size());
        Map<String, String> asinByCodeAndMarketplace = new HashMap<>();
        for (int i = 0; i < 2 * CODES; i++) {
            assertEquals(i % 2 == 0 ? "FR" : "DE", results.getString("items[" + i + "].marketplace"));
            asinByCodeAndMarketplace.put(results.getString("items[" + i + "].product_ean") + "/"
                    + results.getString("items[" + i + "].marketplace"), results.getString("items[" + i + "].asin"));
        }

        byte[] xlsx = given().auth().oauth2(alice).get(jobs + "/" + job + "/download").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(CODES, sheet.getLastRowNum(), "a header row and one line per code");
            List<String> header = cells(sheet.getRow(0));
            int fr = header.indexOf("FR ASIN");
            int de = header.indexOf("DE ASIN");
            assertTrue(fr > 0 && de > fr, header::toString);
            int matchedSomewhere = 0;
            for (int r = 1; r <= CODES; r++) {
                List<String> line = cells(sheet.getRow(r));
                String code = line.get(header.indexOf("Code"));
                assertEquals(codes.get(r - 1), code, "the file's order");
                assertEquals(blank(asinByCodeAndMarketplace.get(code + "/FR")), line.get(fr), code);
                assertEquals(blank(asinByCodeAndMarketplace.get(code + "/DE")), line.get(de), code);
                matchedSomewhere += line.get(fr).isEmpty() && line.get(de).isEmpty() ? 0 : 1;
            }
            assertTrue(matchedSomewhere > CODES / 2, "most codes are listed on FR or DE: " + matchedSomewhere);
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static List<String> cells(Row row) {
        DataFormatter format = new DataFormatter();
        return java.util.stream.IntStream.range(0, row.getLastCellNum())
                .mapToObj(c -> row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c))).toList();
    }
}
