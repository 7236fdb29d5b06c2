package com.code2asin.jobs.intake;

import java.util.List;

/** Receives the rows of a table file one by one: its number in the file (1-based) and its cells as text. */
@FunctionalInterface
interface RowSink {
    void row(int rowNumber, List<String> cells);
}
