package com.code2asin.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files an attacker, or a broken export, uploads: each small on disk and built to make a careless reader hold far
 * more than the file (a cell reference that pads a row to millions of cells, a row of millions of separators, a
 * sheet that inflates a thousandfold, an external entity), or to be no table at all.
 */
public final class HostileFiles {

    private static final String GOOD_CODE = "3017620422003";

    private HostileFiles() {
    }

    /** A header and one code in column ZZZZZZ (a row of ~321 million cells to a reader that pads). */
    public static Path cellReferenceBomb(Path dir) throws IOException {
        return xlsx(dir.resolve("cell-reference-bomb.xlsx"), out -> out.write(("<row r=\"1\">" + inline("A1", "ean")
                + "</row><row r=\"2\"><c r=\"ZZZZZZ2\"><v>" + GOOD_CODE + "</v></c></row>")
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** A header, then a row of 5,000,000 separators. */
    public static Path wideRow(Path dir) throws IOException {
        Path file = dir.resolve("wide-row.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("ean;title\n" + GOOD_CODE + ";");
            for (int i = 0; i < 5_000_000; i++) {
                out.write(';');
            }
            out.write('\n');
        }
        return file;
    }

    /** A sheet of 2,000,000 empty rows: about 2 MB zipped, over 60 MB inflated (a ratio past POI's 1%). */
    public static Path zipBomb(Path dir) throws IOException {
        byte[] row = "<row><c><v>0</v></c></row>".getBytes(StandardCharsets.UTF_8);
        return xlsx(dir.resolve("zip-bomb.xlsx"), out -> {
            out.write(("<row r=\"1\">" + inline("A1", "ean") + "</row>").getBytes(StandardCharsets.UTF_8));
            byte[] blank = new byte[1 << 20];
            java.util.Arrays.fill(blank, (byte) ' ');
            for (int i = 0; i < 1024; i++) {
                out.write(blank); // 1 GB of whitespace between two rows: a thousandfold ratio
            }
            for (int i = 0; i < 1000; i++) {
                out.write(row);
            }
        });
    }

    /** A sheet whose DOCTYPE declares an external entity that would read /etc/passwd into a cell. */
    public static Path xxe(Path dir) throws IOException {
        Path file = dir.resolve("xxe.xlsx");
        write(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>ean</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row>
                </sheetData></worksheet>""".getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** 5 MB of random bytes named .csv. */
    public static Path binary(Path dir) throws IOException {
        byte[] noise = new byte[5 << 20];
        new Random(7).nextBytes(noise);
        Path file = dir.resolve("binary.csv");
        Files.write(file, noise);
        return file;
    }

    /** A CSV in UTF-16 without a byte-order mark: every other byte a NUL to a reader that assumes UTF-8. */
    public static Path utf16WithoutBom(Path dir) throws IOException {
        return text(dir.resolve("utf16.csv"), StandardCharsets.UTF_16LE);
    }

    /** A CSV in Windows-1252 with accented titles (invalid UTF-8 bytes). */
    public static Path latin1(Path dir) throws IOException {
        return text(dir.resolve("latin1.csv"), Charset.forName("windows-1252"));
    }

    /** One code more than job-api's max-codes (1,000,000). */
    public static Path tooManyCodes(Path dir) throws IOException {
        Path file = dir.resolve("too-many-codes.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("ean\n");
            for (int i = 0; i <= 1_000_000; i++) {
                out.write(GOOD_CODE);
                out.write('\n');
            }
        }
        return file;
    }

    private static Path text(Path file, Charset charset) throws IOException {
        Files.writeString(file, "ean;titre\n" + GOOD_CODE + ";Pâte à tartiner Nutella 400 g, élevé\n", charset);
        return file;
    }

    @FunctionalInterface
    private interface SheetBody {
        void write(OutputStream out) throws IOException;
    }

    /** A minimal workbook of one sheet whose sheetData is what {@code body} writes. */
    private static Path xlsx(Path file, SheetBody body) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="codes" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            body.write(zip);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** The same minimal workbook around a whole sheet document given as bytes. */
    private static void write(Path file, byte[] sheet) throws IOException {
        Path shell = xlsx(Files.createTempFile(file.getParent(), "shell", ".xlsx"), out -> { });
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(shell.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals("xl/worksheets/sheet1.xml") ? sheet : in.getInputStream(e).readAllBytes());
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(shell);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }
}
