package com.code2asin.exports.service;

import com.code2asin.model.Marketplace;
import com.code2asin.model.event.OfferSummary;
import com.code2asin.model.event.ResultRow;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Results as CSV (RFC 4180, UTF-8 with a BOM so Excel reads the accents), the same columns as the XLSX. A text that
 * a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return first) is prefixed with an apostrophe:
 * opening the file never executes anything (OWASP CSV injection).
 */
public class CsvResultWriter implements ResultWriter {

    private final SnapshotRows rows;

    public CsvResultWriter(ObjectMapper json) {
        this.rows = new SnapshotRows(json);
    }

    @Override
    public long write(BufferedReader snapshot, OutputStream out, boolean includeUnmatched) throws IOException {
        return write(snapshot, out, includeUnmatched, null);
    }

    @Override
    public long write(BufferedReader snapshot, OutputStream out, boolean includeUnmatched,
                      List<Marketplace> marketplaceColumns) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        text.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180);
        long written;
        if (marketplaceColumns == null) {
            csv.printRecord(XlsxResultWriter.HEADERS);
            written = rows.forEach(snapshot, includeUnmatched, row -> {
                List<String> cells = codeCells(row);
                resultCells(row, true, cells);
                csv.printRecord(cells);
            });
        } else {
            SideBySide layout = new SideBySide(marketplaceColumns);
            csv.printRecord(layout.headers());
            int groupSize = SideBySide.resultHeaders().size();
            written = layout.forEachLine(rows, snapshot, includeUnmatched, line -> {
                List<String> cells = codeCells(Arrays.stream(line).filter(Objects::nonNull).findFirst().orElseThrow());
                for (ResultRow row : line) {
                    if (row == null) {
                        cells.addAll(Collections.nCopies(groupSize, null));
                    } else {
                        resultCells(row, false, cells);
                    }
                }
                csv.printRecord(cells);
            });
        }
        csv.flush();
        return written;
    }

    /** The code as the seller uploaded it. */
    private static List<String> codeCells(ResultRow row) {
        List<String> cells = new ArrayList<>(XlsxResultWriter.HEADERS.size());
        cells.add(Long.toString(row.rowNumber()));
        cells.add(safe(row.code()));
        cells.add(row.gtin14());
        cells.add(row.codeType());
        cells.add(safe(row.productId()));
        cells.add(safe(row.productName()));
        return cells;
    }

    /** What Amazon answered for the code (on one marketplace); the marketplace's column only on a line of its own. */
    private static void resultCells(ResultRow row, boolean withMarketplace, List<String> cells) {
        List<String> images = row.images() == null ? List.of() : row.images();
        cells.add(row.status() == null ? null : row.status().value());
        cells.add(row.matchType() == null ? null : row.matchType().value());
        cells.add(row.asin());
        cells.add(row.confidence() == null ? null : row.confidence().toString());
        cells.add(safe(row.title()));
        cells.add(safe(row.brand()));
        cells.add(plain(row.price()));
        cells.add(row.currency());
        cells.add(row.salesRank() == null ? null : row.salesRank().toString());
        cells.add(Integer.toString(images.size()));
        cells.add(images.isEmpty() ? null : safe(images.get(0)));
        cells.add(row.errorCategory() == null ? null : row.errorCategory().value());
        cells.add(safe(row.error()));
        if (withMarketplace) {
            cells.add(row.marketplace() == null ? null : row.marketplace().name());
        }
        cells.add(XlsxResultWriter.storedImages(row));
        OfferSummary offer = row.offer();
        cells.add(offer == null ? null : plain(offer.buyBoxPrice()));
        cells.add(offer == null ? null : plain(offer.lowestNewPrice()));
        cells.add(offer == null || offer.offerCount() == null ? null : offer.offerCount().toString());
        cells.add(offer == null || offer.fulfillment() == null ? null : offer.fulfillment().name());
        cells.add(offer == null || offer.prime() == null ? null : offer.prime().toString());
        cells.add(offer == null ? null : safe(offer.availability()));
        cells.add(plain(row.priceDifferencePercent()));
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    static String safe(String value) {
        return value != null && XlsxResultWriter.isFormulaLike(value) ? "'" + value : value;
    }
}
