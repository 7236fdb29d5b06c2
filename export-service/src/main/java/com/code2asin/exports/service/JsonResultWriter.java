package com.code2asin.exports.service;

import com.code2asin.exports.domain.ExportFailedException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Results as one JSON array of result rows (snake_case, as the snapshot and the events), written row by row. The
 * snapshot's lines are result rows already: with every item asked for, each line is checked to be one JSON object
 * and copied as it is, not bound and written again (a million rows in a third of the time); matched only, each row is
 * read for its status.
 */
public class JsonResultWriter implements ResultWriter {

    private final ObjectMapper json;
    private final SnapshotRows rows;
    private final JsonFactory factory;

    public JsonResultWriter(ObjectMapper json) {
        this.json = json;
        this.rows = new SnapshotRows(json);
        this.factory = json.getFactory();
    }

    @Override
    public long write(BufferedReader snapshot, OutputStream out, boolean includeUnmatched) throws IOException {
        try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.writeStartArray();
            long written = includeUnmatched ? copy(snapshot, generator)
                    : rows.forEach(snapshot, false, row -> json.writeValue(generator, row));
            generator.writeEndArray();
            return written;
        }
    }

    private long copy(BufferedReader snapshot, JsonGenerator generator) throws IOException {
        long written = 0;
        long lineNumber = 0;
        String line;
        while ((line = snapshot.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            requireOneObject(line, lineNumber);
            generator.writeRawValue(line);
            written++;
        }
        return written;
    }

    /** The line parses as one JSON object and nothing after it; a broken snapshot fails the export, as when bound. */
    private void requireOneObject(String line, long lineNumber) throws IOException {
        try (JsonParser parser = factory.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ExportFailedException("Line " + lineNumber + " of the result snapshot is not a result row "
                        + "(not a JSON object); the snapshot must be rebuilt by job-api before exporting again");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new ExportFailedException("Line " + lineNumber + " of the result snapshot holds more than one "
                        + "result row; the snapshot must be rebuilt by job-api before exporting again");
            }
        } catch (JacksonException e) {
            throw new ExportFailedException("Line " + lineNumber + " of the result snapshot is not a result row ("
                    + e.getOriginalMessage() + "); the snapshot must be rebuilt by job-api before exporting again", e);
        }
    }
}
