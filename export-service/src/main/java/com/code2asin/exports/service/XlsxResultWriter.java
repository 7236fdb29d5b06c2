package com.code2asin.exports.service;

import com.code2asin.exports.domain.ExportFailedException;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.OfferSummary;
import com.code2asin.model.event.ResultRow;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Turns a result snapshot (JSON lines of {@link ResultRow}) into an XLSX workbook, streaming: one line read, one row
 * written, only the last {@code window} rows in memory, the rest in a compressed temp file deleted at the end.
 * A plain class: no Quarkus, no I/O of its own beyond the reader and the stream it is given.
 */
public class XlsxResultWriter implements ResultWriter {

    static final List<String> HEADERS = List.of("Row", "Code", "GTIN-14", "Code type", "Product id", "Product name",
            "Status", "Match type", "ASIN", "Confidence", "Title", "Brand", "Price", "Currency", "Sales rank",
            "Image count", "First image", "Error category", "Error", "Marketplace", "Stored images", "Buy Box price",
            "Lowest new price", "Offer count", "Fulfilment", "Prime", "Availability", "Price difference %");

    /** Rows of an XLSX sheet, minus the header. */
    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private static final OfferSummary NO_OFFER = new OfferSummary(null, null, null, null, null, null, null);
    /** Longest text an Excel cell holds. */
    private static final int MAX_CELL_TEXT = 32_767;

    private final SnapshotRows rows;
    private final int window;

    public XlsxResultWriter(ObjectMapper json, int window) {
        this.rows = new SnapshotRows(json);
        this.window = window;
    }

    /**
     * Writes the sheet to {@code out} and returns the number of data rows. Blank lines are ignored; with
     * {@code includeUnmatched} false, only items with status {@code matched} are written.
     *
     * @throws ExportFailedException when a line is not a result row
     */
    @Override
    public long write(BufferedReader snapshot, OutputStream out, boolean includeUnmatched) throws IOException {
        return write(snapshot, out, includeUnmatched, null);
    }

    @Override
    public long write(BufferedReader snapshot, OutputStream out, boolean includeUnmatched,
                      List<Marketplace> marketplaceColumns) throws IOException {
        // close() also deletes the temp file (POI 5.3+), whatever happens while writing
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(window)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet("Results");
            SideBySide layout = marketplaceColumns == null ? null : new SideBySide(marketplaceColumns);
            writeHeader(sheet, layout == null ? HEADERS : layout.headers(), styles);
            long written;
            try {
                written = layout == null ? writeRows(snapshot, sheet, includeUnmatched, styles)
                        : writeLines(snapshot, sheet, includeUnmatched, layout, styles);
            } catch (RuntimeException | IOException e) {
                // without this, close() flushes the rows still in the window into an already closed temp file
                // and logs a warning with a stack trace on every failed export
                try {
                    sheet.flushRows();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            workbook.write(out);
            return written;
        }
    }

    private static void writeHeader(SXSSFSheet sheet, List<String> headers, Styles styles) {
        sheet.createFreezePane(0, 1);
        SXSSFRow header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            SXSSFCell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    private long writeRows(BufferedReader snapshot, SXSSFSheet sheet, boolean includeUnmatched, Styles styles)
            throws IOException {
        long[] written = {0};
        rows.forEach(snapshot, includeUnmatched, row -> {
            SXSSFRow out = nextRow(sheet, ++written[0]);
            writeResult(out, writeCode(out, row, styles), row, true, styles);
        });
        return written[0];
    }

    /** One line per code, its marketplaces' results side by side. */
    private long writeLines(BufferedReader snapshot, SXSSFSheet sheet, boolean includeUnmatched, SideBySide layout,
                            Styles styles) throws IOException {
        long[] written = {0};
        int groupSize = SideBySide.resultHeaders().size();
        layout.forEachLine(rows, snapshot, includeUnmatched, line -> {
            SXSSFRow out = nextRow(sheet, ++written[0]);
            int start = writeCode(out, Arrays.stream(line).filter(Objects::nonNull).findFirst().orElseThrow(), styles);
            for (int m = 0; m < line.length; m++) {
                if (line[m] != null) {
                    writeResult(out, start + m * groupSize, line[m], false, styles);
                }
            }
        });
        return written[0];
    }

    private static SXSSFRow nextRow(SXSSFSheet sheet, long dataRow) {
        if (dataRow > MAX_DATA_ROWS) {
            throw new ExportFailedException("The results have more than " + MAX_DATA_ROWS
                    + " rows, the most an XLSX sheet holds; export without unmatched items or in another format");
        }
        return sheet.createRow(Math.toIntExact(dataRow));
    }

    /** The code as the seller uploaded it; returns the next column. */
    private static int writeCode(SXSSFRow out, ResultRow row, Styles styles) {
        int c = 0;
        number(out, c++, row.rowNumber(), styles.integer);
        text(out, c++, row.code(), styles);
        text(out, c++, row.gtin14(), styles);
        text(out, c++, row.codeType(), styles);
        text(out, c++, row.productId(), styles);
        text(out, c++, row.productName(), styles);
        return c;
    }

    /**
     * What Amazon answered for the code (on one marketplace), from column {@code c}; the marketplace's own column
     * only on a line of its own.
     */
    private static void writeResult(SXSSFRow out, int c, ResultRow row, boolean withMarketplace, Styles styles) {
        text(out, c++, row.status() == null ? null : row.status().value(), styles);
        text(out, c++, row.matchType() == null ? null : row.matchType().value(), styles);
        text(out, c++, row.asin(), styles);
        number(out, c++, row.confidence(), styles.decimal);
        text(out, c++, row.title(), styles);
        text(out, c++, row.brand(), styles);
        number(out, c++, row.price() == null ? null : row.price().doubleValue(), styles.decimal);
        text(out, c++, row.currency(), styles);
        number(out, c++, row.salesRank(), styles.integer);
        List<String> images = row.images() == null ? List.of() : row.images();
        number(out, c++, images.size(), styles.integer);
        text(out, c++, images.isEmpty() ? null : images.get(0), styles);
        text(out, c++, row.errorCategory() == null ? null : row.errorCategory().value(), styles);
        text(out, c++, row.error(), styles);
        if (withMarketplace) {
            text(out, c++, row.marketplace() == null ? null : row.marketplace().name(), styles);
        }
        text(out, c++, storedImages(row), styles);
        OfferSummary offer = row.offer() == null ? NO_OFFER : row.offer();
        number(out, c++, offer.buyBoxPrice() == null ? null : offer.buyBoxPrice().doubleValue(), styles.decimal);
        number(out, c++, offer.lowestNewPrice() == null ? null : offer.lowestNewPrice().doubleValue(), styles.decimal);
        number(out, c++, offer.offerCount(), styles.integer);
        text(out, c++, offer.fulfillment() == null ? null : offer.fulfillment().name(), styles);
        text(out, c++, offer.prime() == null ? null : offer.prime().toString(), styles);
        text(out, c++, offer.availability(), styles);
        number(out, c, row.priceDifferencePercent() == null ? null : row.priceDifferencePercent().doubleValue(),
                styles.decimal);
    }

    /**
     * The images stored for the row's product, "; " between two: object key (named by its SHA-256), width x height
     * and bytes. Not one a line: a CSV row stays one line for the tools that read it line by line.
     */
    static String storedImages(ResultRow row) {
        return row.storedImages() == null || row.storedImages().isEmpty() ? null : row.storedImages().stream()
                .map(i -> i.key() + " (" + i.width() + "x" + i.height() + ", " + i.bytes() + " bytes)")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * Text is always written as a string cell, never as a formula: Excel and LibreOffice do not evaluate a string
     * cell, whatever it starts with. A value that would become a formula if someone edited the cell or saved the
     * sheet as CSV ({@code = + - @}, tab, carriage return) also gets the quote-prefix style, Excel's own form of the
     * leading apostrophe: the value is kept exactly as it was and stays text.
     */
    private static void text(SXSSFRow out, int column, String value, Styles styles) {
        if (value == null) {
            return;
        }
        SXSSFCell cell = out.createCell(column);
        cell.setCellValue(value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value);
        if (isFormulaLike(value)) {
            cell.setCellStyle(styles.quoted);
        }
    }

    static boolean isFormulaLike(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static void number(SXSSFRow out, int column, Number value, CellStyle style) {
        if (value == null) {
            return;
        }
        SXSSFCell cell = out.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** Styles are workbook-wide: created once, shared by every cell. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle quoted;
        final CellStyle integer;
        final CellStyle decimal;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        }
    }
}
