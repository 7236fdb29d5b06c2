package com.code2asin.exports.service;

import com.code2asin.model.Marketplace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a result snapshot (JSON lines of ResultRow) as one file format, streaming; returns the data rows written. */
public interface ResultWriter {

    long write(BufferedReader snapshot, OutputStream out, boolean includeUnmatched) throws IOException;

    /**
     * With {@code marketplaceColumns} (a job that looked every code up on each marketplace), the table formats write
     * one line per code with a column group per marketplace; the others, one record per result as always.
     */
    default long write(BufferedReader snapshot, OutputStream out, boolean includeUnmatched,
                       List<Marketplace> marketplaceColumns) throws IOException {
        return write(snapshot, out, includeUnmatched);
    }
}
