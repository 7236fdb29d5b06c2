package com.code2asin.exports.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a result snapshot (JSON lines of ResultRow) as one file format, streaming; returns the data rows written. */
public interface ResultWriter {

    long write(BufferedReader snapshot, OutputStream out, boolean includeUnmatched) throws IOException;
}
