package com.code2asin.exports.service;

import com.code2asin.exports.domain.ExportFailedException;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.ResultRow;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
    private final JsonFactory factory;

    SnapshotRows(ObjectMapper json) {
        this.rows = json.readerFor(ResultRow.class);
        this.factory = json.getFactory();
    }

    /** Receives one line of the snapshot as written, checked to be one JSON object. */
    @FunctionalInterface
    interface LineHandler {
        void line(String json) throws IOException;
    }

    /**
     * Hands every row to {@code handler} in snapshot order and returns how many.
     *
     * @throws ExportFailedException when a line is not a result row
     */
    long forEach(BufferedReader snapshot, boolean includeUnmatched, Handler handler) throws IOException {
        long[] handled = {0};
        forEachLine(snapshot, (line, lineNumber) -> {
            ResultRow row = parse(line, lineNumber);
            if (includeUnmatched || row.status() == ItemStatus.MATCHED) {
                handler.row(row);
                handled[0]++;
            }
        });
        return handled[0];
    }

    /**
     * Hands every row as the snapshot wrote it, unbound, once checked to be one JSON object and nothing after it;
     * returns how many.
     *
     * @throws ExportFailedException when a line is not one JSON object
     */
    long forEachRaw(BufferedReader snapshot, LineHandler handler) throws IOException {
        long[] handled = {0};
        forEachLine(snapshot, (line, lineNumber) -> {
            requireOneObject(line, lineNumber);
            handler.line(line);
            handled[0]++;
        });
        return handled[0];
    }

    private interface NumberedLine {
        void line(String line, long lineNumber) throws IOException;
    }

    /** Every line that is not blank, with its number in the snapshot. */
    private static void forEachLine(BufferedReader snapshot, NumberedLine handler) throws IOException {
        long lineNumber = 0;
        String line;
        while ((line = snapshot.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank()) {
                handler.line(line, lineNumber);
            }
        }
    }

    private ResultRow parse(String line, long lineNumber) {
        try {
            return rows.readValue(line);
        } catch (JacksonException e) {
            throw broken(lineNumber, e.getOriginalMessage(), e);
        }
    }

    private void requireOneObject(String line, long lineNumber) throws IOException {
        try (JsonParser parser = factory.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw broken(lineNumber, "not a JSON object", null);
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw broken(lineNumber, "more than one JSON value", null);
            }
        } catch (JacksonException e) {
            throw broken(lineNumber, e.getOriginalMessage(), e);
        }
    }

    private static ExportFailedException broken(long lineNumber, String why, Throwable cause) {
        return new ExportFailedException("Line " + lineNumber + " of the result snapshot is not a result row (" + why
                + "); the snapshot must be rebuilt by job-api before exporting again", cause);
    }
}
