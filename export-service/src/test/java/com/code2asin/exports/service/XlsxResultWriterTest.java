package com.code2asin.exports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.exports.domain.ExportFailedException;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.Fulfillment;
import com.code2asin.model.event.OfferSummary;
import com.code2asin.model.event.ResultRow;
import com.code2asin.model.event.StoredImage;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxResultWriterTest {

    private final ObjectMapper json = new ObjectMapper();
    private final XlsxResultWriter writer = new XlsxResultWriter(json, 2);

    private XSSFWorkbook write(String snapshot, boolean includeUnmatched, long expectedRows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = writer.write(new BufferedReader(new StringReader(snapshot)), out, includeUnmatched);
        assertEquals(expectedRows, rows);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void listsTheImagesStoredForTheProduct() throws IOException {
        ResultRow plain = ResultRows.matched(1, "Pen");
        ResultRow withImages = new ResultRow(plain.itemId(), 1, plain.code(), plain.gtin14(), plain.codeType(),
                plain.productId(), plain.productName(), plain.status(), plain.matchType(), plain.asin(),
                plain.confidence(), plain.title(), plain.brand(), plain.price(), plain.currency(), plain.salesRank(),
                plain.images(), null, null, Marketplace.FR, null, null, null, null,
                List.of(new StoredImage("products/acme/04/04006381333931/aa.jpg", "aa", 500, 400, 12345),
                        new StoredImage("products/acme/04/04006381333931/bb.jpg", "bb", 50, 40, 999)), null,
                new OfferSummary(new java.math.BigDecimal("14.90"), new java.math.BigDecimal("13.50"), "EUR", 4,
                        Fulfillment.FBA, true, "NOW"), null);
        try (XSSFWorkbook book = write(ResultRows.snapshot(json, List.of(withImages)), true, 1)) {
            assertEquals("products/acme/04/04006381333931/aa.jpg (500x400, 12345 bytes); "
                    + "products/acme/04/04006381333931/bb.jpg (50x40, 999 bytes)",
                    book.getSheet("Results").getRow(1).getCell(20).getStringCellValue());
            Row row = book.getSheet("Results").getRow(1);
            int buyBox = XlsxResultWriter.HEADERS.indexOf("Buy Box price");
            assertEquals(14.90, row.getCell(buyBox).getNumericCellValue(), 1e-9);
            assertEquals(13.50, row.getCell(buyBox + 1).getNumericCellValue(), 1e-9, "lowest new price");
            assertEquals(4, row.getCell(buyBox + 2).getNumericCellValue(), 1e-9, "offer count");
            assertEquals("FBA", row.getCell(buyBox + 3).getStringCellValue());
            assertEquals("true", row.getCell(buyBox + 4).getStringCellValue(), "Prime");
            assertEquals("NOW", row.getCell(buyBox + 5).getStringCellValue());
        }
    }

    @Test
    void writesHeaderAndEveryRowWithTypedCells() throws IOException {
        try (XSSFWorkbook book = write(ResultRows.snapshot(json, ResultRows.three()), true, 3)) {
            Sheet sheet = book.getSheet("Results");
            assertEquals(3, sheet.getLastRowNum(), "header + 3 rows, window of 2 flushed to disk on the way");
            Row header = sheet.getRow(0);
            assertEquals(XlsxResultWriter.HEADERS.size(), header.getLastCellNum());
            assertEquals("Row", header.getCell(0).getStringCellValue());
            assertEquals("ASIN", header.getCell(8).getStringCellValue());
            assertEquals("Error", header.getCell(18).getStringCellValue());
            assertEquals("Marketplace", header.getCell(19).getStringCellValue());

            Row matched = sheet.getRow(1);
            assertEquals(1, matched.getCell(0).getNumericCellValue());
            assertEquals("4006381333931", matched.getCell(1).getStringCellValue());
            assertEquals(CellType.STRING, matched.getCell(2).getCellType(), "GTIN keeps its leading zero as text");
            assertEquals("04006381333931", matched.getCell(2).getStringCellValue());
            assertEquals("matched", matched.getCell(6).getStringCellValue());
            assertEquals("exact", matched.getCell(7).getStringCellValue());
            assertEquals("B000TEST01", matched.getCell(8).getStringCellValue());
            assertEquals(0.97, matched.getCell(9).getNumericCellValue(), 1e-9);
            assertEquals("Pen, blue", matched.getCell(10).getStringCellValue());
            assertEquals(12.5, matched.getCell(12).getNumericCellValue(), 1e-9);
            assertEquals("EUR", matched.getCell(13).getStringCellValue());
            assertEquals(1234, matched.getCell(14).getNumericCellValue());
            assertEquals(2, matched.getCell(15).getNumericCellValue());
            assertEquals("https://m.media-amazon.com/images/I/a1.jpg", matched.getCell(16).getStringCellValue());
            assertNull(matched.getCell(17));
            assertEquals("FR", matched.getCell(19).getStringCellValue(), "the marketplace that answered");
            assertEquals("Stored images", header.getCell(20).getStringCellValue());
            assertNull(matched.getCell(20), "no image stored for this product");

            Row unmatched = sheet.getRow(2);
            assertEquals("unmatched", unmatched.getCell(6).getStringCellValue());
            assertNull(unmatched.getCell(8), "no ASIN");
            assertEquals(0, unmatched.getCell(15).getNumericCellValue());
            assertEquals("invalid_data", unmatched.getCell(17).getStringCellValue());
            assertEquals("no product found for this code", unmatched.getCell(18).getStringCellValue());
        }
    }

    @Test
    void formulaLookingTextStaysInertText() throws IOException {
        try (XSSFWorkbook book = write(ResultRows.snapshot(json, ResultRows.three()), true, 3)) {
            Cell title = book.getSheet("Results").getRow(3).getCell(10);
            assertEquals(CellType.STRING, title.getCellType(), "a string cell, never a formula");
            assertEquals(ResultRows.HYPERLINK, title.getStringCellValue(), "the value is kept exactly");
            assertTrue(title.getCellStyle().getQuotePrefixed(), "quote prefix: stays text when edited or saved as CSV");
            assertFalse(book.getSheet("Results").getRow(1).getCell(10).getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void leavesUnmatchedRowsOutWhenAsked() throws IOException {
        try (XSSFWorkbook book = write(ResultRows.snapshot(json, ResultRows.three()), false, 2)) {
            Sheet sheet = book.getSheet("Results");
            assertEquals(2, sheet.getLastRowNum());
            assertEquals(1, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(3, sheet.getRow(2).getCell(0).getNumericCellValue());
        }
    }

    @Test
    void leavesNoTempFileBehind() throws IOException {
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        Set<Path> before = listing(poiFiles);
        write(ResultRows.snapshot(json, ResultRows.three()), true, 3).close();
        assertThrows(ExportFailedException.class, () -> writer.write(
                new BufferedReader(new StringReader("not json\n")), new ByteArrayOutputStream(), true));
        assertEquals(before, listing(poiFiles));
    }

    private static Set<Path> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toSet());
        }
    }

    @Test
    void recognisesFormulaPrefixes() {
        for (String risky : new String[] {"=1+1", "+33 1 23", "-2", "@SUM(A1)", "\tx", "\rx"}) {
            assertTrue(XlsxResultWriter.isFormulaLike(risky), risky);
        }
        for (String safe : new String[] {"", "Pen", "1=1", " =1"}) {
            assertFalse(XlsxResultWriter.isFormulaLike(safe), safe);
        }
    }

    @Test
    void reportsTheLineThatIsNotAResultRow() {
        String snapshot = ResultRows.snapshot(json, ResultRows.three()) + "{\"row_number\": \"three\"}\n";
        ExportFailedException e = assertThrows(ExportFailedException.class,
                () -> writer.write(new BufferedReader(new StringReader(snapshot)), new ByteArrayOutputStream(), true));
        assertTrue(e.getMessage().startsWith("Line 6 of the result snapshot is not a result row"), e.getMessage());
    }
}
