package com.code2asin.exports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.exports.domain.ExportFailedException;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import com.code2asin.model.event.ResultRow;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A job that looked every code up on each marketplace exports one line per code, a column group per marketplace:
 * the codes' results sit side by side, in the job's order of marketplaces.
 */
class SideBySideWritersTest {

    private static final List<Marketplace> MARKETPLACES = List.of(Marketplace.FR, Marketplace.DE, Marketplace.UK);
    private static final int GROUP = SideBySide.resultHeaders().size();

    private final ObjectMapper json = new ObjectMapper();

    /** Row 1 matched on FR and DE, not UK; row 2 only on UK; row 3 nowhere. */
    private final List<ResultRow> rows = List.of(
            matched(1, "FR", "B0FR000001", "12.50", "EUR"), matched(1, "DE", "B0DE000001", "13.90", "EUR"),
            unmatched(1, "UK"),
            unmatched(2, "FR"), unmatched(2, "DE"), matched(2, "UK", "B0UK000002", "9.99", "GBP"),
            unmatched(3, "FR"), unmatched(3, "DE"), unmatched(3, "UK"));

    @Test
    void csvHasOneLinePerCodeAndAColumnGroupPerMarketplace() throws IOException {
        List<CSVRecord> csv = csv(rows, true, 3);
        List<String> header = csv.get(0).toList();
        assertEquals(SideBySide.CODE_COLUMNS + 3 * GROUP, header.size());
        assertEquals(List.of("Row", "Code", "GTIN-14", "Code type", "Product id", "Product name", "FR Status"),
                header.subList(0, 7));
        assertTrue(header.containsAll(List.of("FR ASIN", "DE ASIN", "UK ASIN", "DE Price", "UK Currency",
                "FR Buy Box price", "UK Price difference %")));
        assertTrue(header.stream().noneMatch(h -> h.endsWith("Marketplace")), "the group's name says it");

        CSVRecord first = csv.get(1);
        assertEquals("1", first.get(header.indexOf("Row")));
        assertEquals("B0FR000001", first.get(header.indexOf("FR ASIN")));
        assertEquals("B0DE000001", first.get(header.indexOf("DE ASIN")));
        assertEquals("13.90", first.get(header.indexOf("DE Price")));
        assertEquals("unmatched", first.get(header.indexOf("UK Status")));
        assertEquals("", first.get(header.indexOf("UK ASIN")));
        CSVRecord second = csv.get(2);
        assertEquals("B0UK000002", second.get(header.indexOf("UK ASIN")));
        assertEquals("GBP", second.get(header.indexOf("UK Currency")), "each marketplace's own currency");
        assertEquals("unmatched", second.get(header.indexOf("FR Status")));
    }

    @Test
    void matchedOnlyKeepsTheCodesMatchedSomewhereWithTheirMatchesOnly() throws IOException {
        List<CSVRecord> csv = csv(rows, false, 2);
        List<String> header = csv.get(0).toList();
        assertEquals("1", csv.get(1).get(0));
        assertEquals("", csv.get(1).get(header.indexOf("UK Status")), "UK did not match code 1");
        assertEquals("2", csv.get(2).get(0), "code 3 matched nowhere");
        assertEquals("4006381333931", csv.get(2).get(header.indexOf("Code")), "the code, from its UK row");
        assertEquals("", csv.get(2).get(header.indexOf("FR Status")));
    }

    @Test
    void xlsxHasTheSameLayout() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(3, new XlsxResultWriter(json, 2).write(reader(rows), out, true, MARKETPLACES));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row header = book.getSheet("Results").getRow(0);
            assertEquals(SideBySide.CODE_COLUMNS + 3 * GROUP, header.getLastCellNum());
            int deAsin = SideBySide.CODE_COLUMNS + GROUP + SideBySide.resultHeaders().indexOf("ASIN");
            int dePrice = SideBySide.CODE_COLUMNS + GROUP + SideBySide.resultHeaders().indexOf("Price");
            assertEquals("DE ASIN", header.getCell(deAsin).getStringCellValue());
            Row first = book.getSheet("Results").getRow(1);
            assertEquals("B0DE000001", first.getCell(deAsin).getStringCellValue());
            assertEquals(13.90, first.getCell(dePrice).getNumericCellValue(), 0.001);
            int ukAsin = SideBySide.CODE_COLUMNS + 2 * GROUP + SideBySide.resultHeaders().indexOf("ASIN");
            assertNull(first.getCell(ukAsin));
            assertEquals("B0UK000002", book.getSheet("Results").getRow(2).getCell(ukAsin).getStringCellValue());
            assertNull(book.getSheet("Results").getRow(4), "three codes, three lines");
        }
    }

    @Test
    void aLineHoldsOneResultPerMarketplaceWhateverTheSnapshot() throws IOException {
        // the same row number twice for FR (a snapshot not made by job-api): two lines, never a growing one
        List<CSVRecord> csv = csv(List.of(matched(7, "FR", "B0FR000007", "1.00", "EUR"),
                matched(7, "FR", "B0FR000008", "2.00", "EUR")), true, 2);
        assertEquals("B0FR000007", csv.get(1).get(csv.get(0).toList().indexOf("FR ASIN")));
        assertEquals("B0FR000008", csv.get(2).get(csv.get(0).toList().indexOf("FR ASIN")));
    }

    @Test
    void aResultOfAnotherMarketplaceFailsTheExportSayingWhich() {
        ExportFailedException e = assertThrows(ExportFailedException.class,
                () -> csv(List.of(matched(1, "US", "B0US000001", "5.00", "USD")), true, 0));
        assertTrue(e.getMessage().contains("marketplace US, not one of the job's [FR, DE, UK]"), e.getMessage());
    }

    @Test
    void withoutColumnsEveryResultIsALineAsBefore() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(9, new CsvResultWriter(json).write(reader(rows), out, true, null));
        assertEquals(XlsxResultWriter.HEADERS, CSVFormat.RFC4180.parse(new StringReader(
                out.toString(StandardCharsets.UTF_8).substring(1))).getRecords().get(0).toList());
    }

    private List<CSVRecord> csv(List<ResultRow> snapshot, boolean includeUnmatched, long lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(lines, new CsvResultWriter(json).write(reader(snapshot), out, includeUnmatched, MARKETPLACES));
        return CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1)))
                .getRecords();
    }

    private BufferedReader reader(List<ResultRow> snapshot) {
        return new BufferedReader(new StringReader(ResultRows.snapshot(json, snapshot)));
    }

    private static ResultRow matched(long row, String marketplace, String asin, String price, String currency) {
        return new ResultRow(UUID.randomUUID(), row, "4006381333931", "04006381333931", "EAN-13", "SKU-" + row,
                "Stabilo pen", ItemStatus.MATCHED, MatchType.EXACT, asin, 1.0, "Pen " + marketplace, "Stabilo",
                new BigDecimal(price), currency, 10, List.of(), null, null, Marketplace.valueOf(marketplace));
    }

    private static ResultRow unmatched(long row, String marketplace) {
        return new ResultRow(UUID.randomUUID(), row, "4006381333931", "04006381333931", "EAN-13", "SKU-" + row,
                "Stabilo pen", ItemStatus.UNMATCHED, null, null, null, null, null, null, null, null, null, null,
                "no product found for this code", Marketplace.valueOf(marketplace));
    }
}
