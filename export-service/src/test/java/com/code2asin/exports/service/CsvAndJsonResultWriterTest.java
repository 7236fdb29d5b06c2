package com.code2asin.exports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.exports.domain.ExportFailedException;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ChangeKind;
import com.code2asin.model.event.ItemChange;
import com.code2asin.model.event.Fulfillment;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.OfferSummary;
import com.code2asin.model.event.ResultRow;
import com.code2asin.model.event.StoredImage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvAndJsonResultWriterTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private String write(ResultWriter writer, String snapshot, boolean includeUnmatched, long expectedRows)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(expectedRows, writer.write(new BufferedReader(new StringReader(snapshot)), out, includeUnmatched));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvHasABomTheXlsxColumnsAndOneRecordPerRow() throws IOException {
        String csv = write(new CsvResultWriter(json), ResultRows.snapshot(json, ResultRows.three()), true, 3);
        assertTrue(csv.startsWith("\uFEFF"), "Excel reads UTF-8 when the file says so");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(4, records.size());
        assertEquals(XlsxResultWriter.HEADERS, records.get(0).toList());
        assertEquals("Pen, blue", records.get(1).get(10), "a comma inside a title is quoted, not a new column");
        assertEquals("unmatched", records.get(2).get(6));
        assertEquals("12.50", records.get(1).get(12));
        assertEquals("FR", records.get(1).get(19), "the marketplace that answered");
    }

    @Test
    void csvNeutralisesFormulas() throws IOException {
        String csv = write(new CsvResultWriter(json), ResultRows.snapshot(json, ResultRows.three()), true, 3);
        CSVRecord hyperlink = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords().get(3);
        assertEquals("'" + ResultRows.HYPERLINK, hyperlink.get(10), "a spreadsheet shows it, never runs it");
        assertEquals("-5", CsvResultWriter.safe("-5").substring(1), "the value itself is kept");
    }

    @Test
    void csvOfMatchedOnly() throws IOException {
        String csv = write(new CsvResultWriter(json), ResultRows.snapshot(json, ResultRows.three()), false, 2);
        assertEquals(3, csv.lines().count());
    }

    @Test
    void jsonIsOneArrayOfResultRows() throws IOException {
        String text = write(new JsonResultWriter(json), ResultRows.snapshot(json, ResultRows.three()), true, 3);
        JsonNode rows = json.readTree(text);
        assertTrue(rows.isArray());
        assertEquals(3, rows.size());
        assertEquals("B000TEST01", rows.get(0).path("asin").asText());
        assertEquals("unmatched", rows.get(1).path("status").asText());
        assertEquals(ResultRows.HYPERLINK, rows.get(2).path("title").asText(), "JSON keeps values as they are");
        assertEquals("[]", write(new JsonResultWriter(json), "\n", true, 0).strip());
    }

    @Test
    void theImagesStoredForAProductAndItsChangeLogAreListed() throws IOException {
        ResultRow plain = ResultRows.matched(1, "Pen");
        List<StoredImage> stored = List.of(new StoredImage("products/acme/04/04006381333931/aa.jpg", "aa", 500, 400,
                12345), new StoredImage("products/acme/04/04006381333931/bb.jpg", "bb", 50, 40, 999));
        ResultRow withImages = new ResultRow(plain.itemId(), 1, plain.code(), plain.gtin14(), plain.codeType(),
                plain.productId(), plain.productName(), plain.status(), plain.matchType(), plain.asin(),
                plain.confidence(), plain.title(), plain.brand(), plain.price(), plain.currency(), plain.salesRank(),
                plain.images(), null, null, Marketplace.FR, null, null, null, null, stored, List.of(new ItemChange(
                        java.time.Instant.parse("2026-12-06T10:00:00Z"), ChangeKind.LOOKUP, ItemStatus.MATCHED, null, "B000TEST01",
                        "matched B000TEST01 (exact)", 120L, "sp-api", Marketplace.FR, null)),
                new OfferSummary(new BigDecimal("14.90"), null, "EUR", 1, Fulfillment.FBM, false, "FUTURE_WITHOUT_DATE"),
                new BigDecimal("-12.35"));
        String snapshot = ResultRows.snapshot(json, List.of(withImages));

        CSVRecord csv = CSVFormat.RFC4180.parse(new StringReader(write(new CsvResultWriter(json), snapshot, true, 1)
                .substring(1))).getRecords().get(1);
        assertEquals("products/acme/04/04006381333931/aa.jpg (500x400, 12345 bytes); "
                        + "products/acme/04/04006381333931/bb.jpg (50x40, 999 bytes)",
                csv.get(XlsxResultWriter.HEADERS.indexOf("Stored images")));
        assertEquals("14.90", csv.get(XlsxResultWriter.HEADERS.indexOf("Buy Box price")));
        assertEquals("", csv.get(XlsxResultWriter.HEADERS.indexOf("Lowest new price")));
        assertEquals("FBM", csv.get(XlsxResultWriter.HEADERS.indexOf("Fulfilment")));
        assertEquals("FUTURE_WITHOUT_DATE", csv.get(XlsxResultWriter.HEADERS.indexOf("Availability")));
        assertEquals("-12.35", csv.get(XlsxResultWriter.HEADERS.indexOf("Price difference %")));
        JsonNode row = json.readTree(write(new JsonResultWriter(json), snapshot, true, 1)).get(0);
        assertEquals(500, row.at("/stored_images/0/width").asInt());
        assertEquals(999, row.at("/stored_images/1/bytes").asInt());
        assertEquals("bb", row.at("/stored_images/1/sha256").asText());
        assertEquals("B000TEST01", row.at("/history/0/new_asin").asText(), "the JSON export holds the change log");
        assertEquals(120, row.at("/history/0/duration_ms").asInt());
        assertEquals(0, new BigDecimal("14.90").compareTo(row.at("/offer/buy_box_price").decimalValue()));
        assertEquals("FBM", row.at("/offer/fulfillment").asText());
        assertTrue(row.at("/offer/lowest_new_price").isMissingNode(), "what Amazon did not say is absent");
    }

    @Test
    void theJsonExportCopiesEachRowButRefusesALineThatIsNotOneObject() throws IOException {
        String snapshot = ResultRows.snapshot(json, ResultRows.three());
        assertEquals(json.readTree("[" + String.join(",", snapshot.lines().filter(l -> !l.isBlank()).toList()) + "]"),
                json.readTree(write(new JsonResultWriter(json), snapshot, true, 3)), "the rows as job-api wrote them");
        for (String broken : new String[] {"{not json}", "[1]", "{\"a\":1} {\"b\":2}", "{\"a\":"}) {
            ExportFailedException e = assertThrows(ExportFailedException.class,
                    () -> write(new JsonResultWriter(json), snapshot + broken + "\n", true, 0), broken);
            assertTrue(e.getMessage().contains("Line 6"), e.getMessage());
        }
    }

    @Test
    void aBrokenSnapshotLineFailsTheExportWithItsLineNumber() {
        ExportFailedException e = assertThrows(ExportFailedException.class,
                () -> write(new CsvResultWriter(json), "{not json}\n", true, 0));
        assertTrue(e.getMessage().contains("Line 1"), e.getMessage());
    }
}
