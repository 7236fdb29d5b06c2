package com.code2asin.exports.service;

import com.code2asin.model.event.ResultRow;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The items an Amazon listing file could not offer, one CSV line each with why, gathered in a temp file (a million
 * rows may land here) and added to the archive at the end.
 */
final class NotListed implements Closeable {

    static final String ENTRY = "not-listed.csv";
    private static final String[] HEADERS = {"row_number", "code", "product_id", "sku", "asin", "reason"};

    private final Path file;
    private final CSVPrinter csv;

    NotListed() throws IOException {
        file = Files.createTempFile("not-listed-", ".csv");
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write('\uFEFF'); // Excel reads the accents
        csv = new CSVPrinter(out, CSVFormat.RFC4180);
        csv.printRecord((Object[]) HEADERS);
    }

    void add(ResultRow row, String reason) throws IOException {
        csv.printRecord(row.rowNumber(), CsvResultWriter.safe(row.code()), CsvResultWriter.safe(row.productId()),
                CsvResultWriter.safe(row.sku()), row.asin(), CsvResultWriter.safe(reason));
    }

    /** Writes the report as the archive's last entry. */
    void addTo(ZipOutputStream zip) throws IOException {
        csv.flush();
        zip.putNextEntry(new ZipEntry(ENTRY));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        try {
            csv.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
