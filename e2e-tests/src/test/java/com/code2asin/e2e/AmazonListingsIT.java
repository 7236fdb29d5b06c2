package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seller's own columns (SKU, price, quantity, condition) go from the upload to the two Amazon listing files,
 * through job-api's snapshot and export-service, as a seller downloads them; what cannot be offered is listed with
 * why.
 */
@ExtendWith(Suite.class)
class AmazonListingsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anUploadWithTheSellersColumnsBecomesAFeedAndAnInventoryLoaderFile() throws Exception {
        String csv = """
                ean;asin;sku;prix;quantite;etat
                4006381333931;B000TEST01;PEN-BLUE;12,50 €;5;neuf
                4006381333948;B000TEST02;PEN-RED;3.10;0;used like new
                4006381333955;B000TEST03;;9.99;2;
                4006381333962;B000TEST04;PEN-GREEN;gratuit;1;
                """;
        String alice = token("alice");
        String api = Suite.jobApi() + "/api/v1/code2asin/jobs";
        String jobId = given().auth().oauth2(alice).multiPart("file", "offers.csv", csv.getBytes(), "text/csv")
                .multiPart("use_amazon_api", "false").multiPart("name", "listings").post(api)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(alice).post(api + "/" + jobId + "/start").then().statusCode(200);
        Suite.completedResults(alice, jobId);

        given().auth().oauth2(alice).queryParam("format", "listings_json").post(api + "/" + jobId + "/exports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("needs seller_id"));
        given().auth().oauth2(alice).queryParam("format", "csv").queryParam("seller_id", "A2SELLER0TEST")
                .post(api + "/" + jobId + "/exports")
                .then().statusCode(400).body("detail", containsString("listings_json only"));

        Map<String, String> feed = download(alice, api + "/" + jobId, "listings_json", "A2SELLER0TEST");
        assertEquals(List.of("listings-feed-0001.json", "not-listed.csv"), List.copyOf(feed.keySet()));
        JsonNode document = JSON.readTree(feed.get("listings-feed-0001.json"));
        assertEquals("A2SELLER0TEST", document.at("/header/sellerId").asText());
        assertEquals(2, document.get("messages").size());
        JsonNode first = document.at("/messages/0");
        assertEquals("PEN-BLUE", first.get("sku").asText());
        assertEquals("B000TEST01", first.at("/attributes/merchant_suggested_asin/0/value").asText());
        assertEquals("A13V1IB3VIYZZH", first.at("/attributes/merchant_suggested_asin/0/marketplace_id").asText(),
                "a direct import's ASIN is offered on the job's marketplace");
        assertEquals(12.5, first.at("/attributes/purchasable_offer/0/our_price/0/schedule/0/value_with_tax").asDouble());
        assertEquals(5, first.at("/attributes/fulfillment_availability/0/quantity").asInt());
        assertEquals("used_like_new", document.at("/messages/1/attributes/condition_type/0/value").asText());
        List<String> notListed = feed.get("not-listed.csv").lines().toList();
        assertEquals(3, notListed.size(), notListed.toString());
        // rows as the file numbers its lines, the header being line 1
        assertTrue(notListed.get(1).startsWith("4,") && notListed.get(1).contains("no SKU"), notListed.get(1));
        assertTrue(notListed.get(2).startsWith("5,") && notListed.get(2).contains("price 'gratuit'"), notListed.get(2));

        Map<String, String> loader = download(alice, api + "/" + jobId, "inventory_loader", null);
        List<String> lines = loader.get("inventory-loader-FR.txt").lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("sku\tproduct-id\tproduct-id-type\tprice\t"), lines.get(0));
        assertTrue(lines.get(1).startsWith("PEN-BLUE\tB000TEST01\t1\t12.50\t\t\t11\t5\ta"), lines.get(1));
        assertTrue(lines.get(2).startsWith("PEN-RED\tB000TEST02\t1\t3.10\t\t\t1\t0\ta"), lines.get(2));
    }

    /** Asks for the export, follows it until done, downloads the ZIP and returns its entries in order. */
    private static Map<String, String> download(String token, String job, String format, String sellerId)
            throws Exception {
        var request = given().auth().oauth2(token).queryParam("format", format);
        if (sellerId != null) {
            request.queryParam("seller_id", sellerId);
        }
        String status = request.post(job + "/exports").then().statusCode(202)
                .body("format", equalTo(format)).extract().path("status_url");
        JsonPath export = Suite.answeredExport(token, status);
        assertEquals("done", export.getString("status"), export.prettify());
        byte[] zip = given().auth().oauth2(token).get(Suite.jobApi() + export.getString("download_url"))
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("-" + format.replace('_', '-') + ".zip"))
                .extract().asByteArray();
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
