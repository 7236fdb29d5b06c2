package com.code2asin.exports.service;

import com.code2asin.exports.domain.ExportFailedException;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.ResultRow;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;

/** Reads a result snapshot line by line for the writers: blank lines skipped, unmatched items left out on demand. */
final class SnapshotRows {

    /** Receives one row; may refuse to go on by throwing. */
    @FunctionalInterface
    interface Handler {
        void row(ResultRow row) throws IOException;
    }

    private final ObjectReader rows;

    SnapshotRows(ObjectMapper json) {
        this.rows = json.readerFor(ResultRow.class);
    }

    /**
     * Hands every row to {@code handler} in snapshot order and returns how many.
     *
     * @throws ExportFailedException when a line is not a result row
     */
    long forEach(BufferedReader snapshot, boolean includeUnmatched, Handler handler) throws IOException {
        long handled = 0;
        long lineNumber = 0;
        String line;
        while ((line = snapshot.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            ResultRow row = parse(line, lineNumber);
            if (!includeUnmatched && row.status() != ItemStatus.MATCHED) {
                continue;
            }
            handler.row(row);
            handled++;
        }
        return handled;
    }

    private ResultRow parse(String line, long lineNumber) {
        try {
            return rows.readValue(line);
        } catch (JacksonException e) {
            throw new ExportFailedException("Line " + lineNumber + " of the result snapshot is not a result row ("
                    + e.getOriginalMessage() + "); the snapshot must be rebuilt by job-api before exporting again", e);
        }
    }
}
