package com.code2asin.exports.service;

import com.code2asin.exports.domain.ExportFailedException;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ResultRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The table layout of a job that looked every code up on each of its marketplaces: one line per code, its code
 * columns once, then a group of result columns per marketplace ("FR ASIN", "DE ASIN"...), in the job's order. The
 * snapshot holds a code's results one after the other (the job's order), so a line is the run of rows of one row
 * number; it holds at most one row per marketplace, so memory stays one line whatever the job.
 */
final class SideBySide {

    /** The columns written once a line: the code as the seller uploaded it. */
    static final int CODE_COLUMNS = 6;

    /** Receives one line: the rows of one code, at their marketplace's place, null where that one has none. */
    @FunctionalInterface
    interface LineHandler {
        void line(ResultRow[] byMarketplace) throws IOException;
    }

    private final List<Marketplace> marketplaces;

    SideBySide(List<Marketplace> marketplaces) {
        this.marketplaces = List.copyOf(marketplaces);
    }

    /** The code columns, then each result column but "Marketplace" once per marketplace, named after it. */
    List<String> headers() {
        List<String> headers = new ArrayList<>(XlsxResultWriter.HEADERS.subList(0, CODE_COLUMNS));
        List<String> result = resultHeaders();
        for (Marketplace marketplace : marketplaces) {
            result.forEach(name -> headers.add(marketplace.name() + " " + name));
        }
        return headers;
    }

    /** A marketplace's group: the result columns without "Marketplace", which the group's name says. */
    static List<String> resultHeaders() {
        List<String> result = new ArrayList<>(XlsxResultWriter.HEADERS.subList(CODE_COLUMNS,
                XlsxResultWriter.HEADERS.size()));
        result.remove("Marketplace");
        return result;
    }

    int marketplaceCount() {
        return marketplaces.size();
    }

    /**
     * Hands {@code handler} one line per code, in snapshot order, from the rows {@code rows} gives; returns how many.
     *
     * @throws ExportFailedException when a row names a marketplace the job did not ask
     */
    long forEachLine(SnapshotRows rows, java.io.BufferedReader snapshot, boolean includeUnmatched,
                     LineHandler handler) throws IOException {
        ResultRow[] line = new ResultRow[marketplaces.size()];
        long[] state = {0, -1}; // lines written, row number of the line being gathered
        rows.forEach(snapshot, includeUnmatched, row -> {
            int place = marketplaces.indexOf(row.marketplace());
            if (place < 0) {
                throw new ExportFailedException("Row " + row.rowNumber() + " of the result snapshot is for "
                        + "marketplace " + row.marketplace() + ", not one of the job's " + marketplaces
                        + "; the snapshot must be rebuilt by job-api before exporting again");
            }
            if (row.rowNumber() != state[1] || line[place] != null) {
                state[0] += flush(line, handler);
                state[1] = row.rowNumber();
            }
            line[place] = row;
        });
        return state[0] + flush(line, handler);
    }

    private static int flush(ResultRow[] line, LineHandler handler) throws IOException {
        if (Arrays.stream(line).allMatch(java.util.Objects::isNull)) {
            return 0;
        }
        handler.line(line.clone());
        Arrays.fill(line, null);
        return 1;
    }
}
