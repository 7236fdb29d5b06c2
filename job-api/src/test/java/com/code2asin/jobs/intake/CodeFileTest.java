package com.code2asin.jobs.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.jobs.domain.InvalidException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format, delimiter and encoding a seller's file comes in, read to the same rows. */
class CodeFileTest {

    private static final String NUTELLA = "3017620422003";
    private static final String COLA = "5449000000996";

    @TempDir
    Path dir;

    static Stream<Arguments> textFiles() {
        Charset utf16 = StandardCharsets.UTF_16; // Java writes a big-endian BOM
        Charset cp1252 = Charset.forName("windows-1252");
        return Stream.of(
                Arguments.of("comma, UTF-8", "ean,name\n" + NUTELLA + ",Pâte\n" + COLA + ",Cola\n", StandardCharsets.UTF_8, false),
                Arguments.of("semicolon, French header", "Référence;Désignation;Code EAN\nP1;Pâte;" + NUTELLA
                        + "\nP2;Cola;" + COLA + "\n", StandardCharsets.UTF_8, false),
                Arguments.of("tab", "gtin\tname\n" + NUTELLA + "\tPâte\n" + COLA + "\tCola\n", StandardCharsets.UTF_8, false),
                Arguments.of("pipe", "barcode|title\n" + NUTELLA + "|Pâte\n" + COLA + "|Cola\n", StandardCharsets.UTF_8, false),
                Arguments.of("UTF-8 with BOM", "ean;nom\n" + NUTELLA + ";Pâte\n" + COLA + ";Cola\n", StandardCharsets.UTF_8, true),
                Arguments.of("UTF-16 with BOM", "ean;nom\n" + NUTELLA + ";Pâte\n" + COLA + ";Cola\n", utf16, false),
                Arguments.of("UTF-16LE without BOM", "ean;nom\n" + NUTELLA + ";Pâte\n" + COLA + ";Cola\n",
                        StandardCharsets.UTF_16LE, false),
                Arguments.of("UTF-16BE without BOM", "ean;nom\n" + NUTELLA + ";Pâte\n" + COLA + ";Cola\n",
                        StandardCharsets.UTF_16BE, false),
                Arguments.of("Windows-1252", "Code EAN;Libellé\n" + NUTELLA + ";Pâte\n" + COLA + ";Cola\n", cp1252, false),
                Arguments.of("one code a line, no header", NUTELLA + "\n\n" + COLA + "\n", StandardCharsets.UTF_8, false),
                Arguments.of("CRLF line ends", "EAN\r\n" + NUTELLA + "\r\n" + COLA + "\r\n", StandardCharsets.UTF_8, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFiles")
    void everyTextFormReadsTheSameCodes(String name, String text, Charset charset, boolean bom) throws IOException {
        Path file = dir.resolve("codes.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.getBytes(charset));
        }
        List<IntakeRow> rows = read(file, "codes.csv");
        assertEquals(List.of(NUTELLA, COLA), rows.stream().map(IntakeRow::code).toList(), name);
        if (text.contains("Pâte")) {
            assertEquals("Pâte", rows.get(0).productName(), name + ": accents survive the encoding");
        }
    }

    @Test
    void aWindows1252AccentAfterTheFirst64KbStillDecidesTheEncoding() throws IOException {
        String ascii = "ean;nom\n" + (NUTELLA + ";Pate\n").repeat(5_000); // 95 KB of plain ASCII
        Path file = dir.resolve("late-accent.csv");
        Files.write(file, (ascii + COLA + ";Crème brûlée\n").getBytes(Charset.forName("windows-1252")));
        List<IntakeRow> rows = read(file, "late-accent.csv");
        assertEquals("Crème brûlée", rows.get(rows.size() - 1).productName(), "no U+FFFD for the late accents");
    }

    @Test
    void extraColumnsAreKeptAsWritten() throws IOException {
        IntakeRow row = readText("EAN;Marque;SKU;Prix;Quantité;ASIN\n" + NUTELLA + ";Ferrero;FER-400;4,99 €;12;"
                + "B00KWB94LS\n").get(0);
        assertEquals("Ferrero", row.brand());
        assertEquals("FER-400", row.sku());
        assertEquals("4,99 €", row.price());
        assertEquals("12", row.quantity());
        assertEquals("B00KWB94LS", row.asin());
    }

    @Test
    void withoutHeaderTheCodeColumnIsFoundByItsContent() throws IOException {
        List<IntakeRow> rows = readText("Pâte;" + NUTELLA + ";B00KWB94LS\nCola;" + COLA + ";B000000000\n");
        assertEquals(List.of(NUTELLA, COLA), rows.stream().map(IntakeRow::code).toList());
        assertEquals("B00KWB94LS", rows.get(0).asin(), "a column of ASINs is the ASIN");
        assertNull(rows.get(0).productName(), "an unnamed column has no meaning to keep");
    }

    @Test
    void aHeaderOfUnknownWordsAboveCodesIsStillAHeader() throws IOException {
        List<IntakeRow> rows = readText("Article;Numéro\nPâte;" + NUTELLA + "\nCola;" + COLA + "\n");
        assertEquals(List.of(NUTELLA, COLA), rows.stream().map(IntakeRow::code).toList());
        assertEquals(2, rows.get(0).rowNumber(), "row numbers are the file's");
    }

    @Test
    void brokenCodesStayRowsSoEachGetsItsOwnReason() throws IOException {
        List<IntakeRow> rows = readText("3.01762E+12\n3017620422004\n");
        assertEquals(List.of("3.01762E+12", "3017620422004"), rows.stream().map(IntakeRow::code).toList());
    }

    @Test
    void aStrayQuoteDoesNotSinkTheFile() throws IOException {
        List<IntakeRow> rows = readText("ean,name\n" + NUTELLA + ",\"Pâte\" 400g\n" + COLA + ",Cola\n");
        assertEquals(List.of(NUTELLA, COLA), rows.stream().map(IntakeRow::code).toList());
    }

    @Test
    void anXlsxKeepsEveryDigitOfANumericCode() throws IOException {
        Path file = workbook(new XSSFWorkbook(), "codes.xlsx");
        List<IntakeRow> rows = read(file, "codes.xlsx");
        assertEquals(List.of(NUTELLA, "0" + COLA.substring(1), "12345678"), rows.stream().map(IntakeRow::code).toList());
        assertEquals("Pâte", rows.get(0).productName());
        assertEquals("FER-400", rows.get(0).sku());
    }

    @Test
    void anXlsIsReadLikeAnXlsx() throws IOException {
        Path file = workbook(new HSSFWorkbook(), "codes.xls");
        assertEquals(List.of(NUTELLA, "0" + COLA.substring(1), "12345678"),
                read(file, "codes.xls").stream().map(IntakeRow::code).toList());
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefused() throws IOException {
        Path csvNamedXlsx = dir.resolve("codes.xlsx");
        Files.writeString(csvNamedXlsx, "ean\n" + NUTELLA + "\n");
        assertRefused(csvNamedXlsx, "codes.xlsx", "is named .xlsx but is not an Excel workbook");

        Path xlsxNamedCsv = workbook(new XSSFWorkbook(), "export.csv");
        assertRefused(xlsxNamedCsv, "export.csv", "is named .csv but is a ZIP file");

        Path pdf = dir.resolve("codes.pdf");
        Files.write(pdf, "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII));
        assertRefused(pdf, "codes.pdf", "is a PDF document");

        Path zip = dir.resolve("photos.xlsx");
        Files.write(zip, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0, 0});
        assertRefused(zip, "photos.xlsx", "not an Excel workbook");

        Path binary = dir.resolve("codes.txt");
        Files.write(binary, new byte[] {1, 0, 7, 7, 0, 3, 0, 0, 9, 9, 9, 0});
        assertRefused(binary, "codes.txt", "not text");
    }

    @Test
    void emptyFilesAndFilesWithoutCodesAreRefusedWithTheirReason() throws IOException {
        assertRefused(text(""), "codes.csv", "empty");
        assertRefused(text("\n\n  \n"), "codes.csv", "empty");
        assertRefused(text("ean;name\n"), "codes.csv", "header but no code rows");
        assertRefused(text("name;brand\nCola;Coca\n"), "codes.csv", "no code column");
        assertRefused(text("hello\nworld\n"), "codes.csv", "no column of the first rows holds a valid");
    }

    @Test
    void aDirectImportWithoutAsinColumnIsRefusedBeforeAnyRow() throws IOException {
        InvalidException e = assertThrows(InvalidException.class,
                () -> CodeFile.read(text("ean\n" + NUTELLA + "\n"), "codes.csv", true, row -> { }));
        assertTrue(e.getMessage().contains("needs two columns"), e.getMessage());
    }

    private Path workbook(Workbook workbook, String name) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("codes");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("EAN");
            header.createCell(1).setCellValue("Désignation");
            header.createCell(2).setCellValue("SKU");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(Double.parseDouble(NUTELLA)); // typed as a number, as Excel does
            first.createCell(1).setCellValue("Pâte");
            first.createCell(2).setCellValue("FER-400");
            sheet.createRow(2).createCell(0).setCellValue("0" + COLA.substring(1)); // a text cell keeps its zero
            sheet.createRow(4).createCell(0).setCellValue(12345678); // after an empty row
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    @Test
    void aForgedCellReferenceFarToTheRightIsNotReadAndDoesNotPadItsRow() throws IOException {
        Path normal = workbook(new XSSFWorkbook(), "refs.xlsx");
        Path forged = dir.resolve("forged.xlsx");
        // the SKU cell of the first row claims column ZZZZZZ: 321 million cells to its left if taken at its word
        rewriteSheet(normal, forged, xml -> xml.replaceFirst("r=\"C2\"", "r=\"ZZZZZZ2\""));
        List<IntakeRow> rows = read(forged, "forged.xlsx");
        assertEquals(NUTELLA, rows.get(0).code());
        assertNull(rows.get(0).sku(), "a cell past the columns read is left out");
        assertEquals("FER-400", read(normal, "refs.xlsx").get(0).sku());
    }

    @Test
    void aLineOfAMillionSeparatorsIsRefusedBeforeItIsHeld() throws IOException {
        Path file = text("ean;name\n" + NUTELLA + ";Pâte\n" + ";".repeat(1_000_000) + "\n" + COLA + ";Cola\n");
        assertRefused(file, "codes.csv", "line 3 of the file is longer than 256 K characters");
    }

    /** Copies a workbook, passing its first sheet's XML through {@code edit}. */
    private static void rewriteSheet(Path from, Path to, java.util.function.UnaryOperator<String> edit)
            throws IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
    }

    private Path text(String content) throws IOException {
        Path file = Files.createTempFile(dir, "codes", ".csv");
        Files.writeString(file, content);
        return file;
    }

    private List<IntakeRow> readText(String content) throws IOException {
        return read(text(content), "codes.csv");
    }

    private static List<IntakeRow> read(Path file, String name) throws IOException {
        List<IntakeRow> rows = new ArrayList<>();
        CodeFile.read(file, name, false, rows::add);
        return rows;
    }

    private static void assertRefused(Path file, String name, String reason) {
        InvalidException e = assertThrows(InvalidException.class, () -> read(file, name));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
