package com.code2asin.exports.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;

/** Results as one JSON array of result rows (snake_case, as the snapshot and the events), written row by row. */
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
            long written = rows.forEach(snapshot, includeUnmatched, row -> json.writeValue(generator, row));
            generator.writeEndArray();
            return written;
        }
    }
}
