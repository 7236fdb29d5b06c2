package com.code2asin.jobs.intake;

import com.code2asin.jobs.domain.InvalidException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An uploaded file of codes, whatever its format (CSV, TSV, TXT, XLSX, XLS): its rows are streamed to a consumer as
 * they are read, so memory does not grow with the file. The first rows decide the columns ({@link ColumnLayout});
 * rows without any value are skipped.
 */
public final class CodeFile {

    static final int SAMPLE_ROWS = 50;

    private CodeFile() {
    }

    /**
     * Streams the data rows to {@code sink}; returns how many. A file that cannot give any is a 400, as is one
     * without an ASIN column when {@code needsAsins} (a direct import).
     */
    public static int read(Path file, String fileName, boolean needsAsins, Consumer<IntakeRow> sink)
            throws IOException {
        Rows rows = new Rows(sink, needsAsins);
        switch (FileKind.of(file, fileName)) {
            case TEXT -> TextTables.read(file, rows);
            case XLSX -> XlsxTables.read(file, rows);
            case XLS -> XlsTables.read(file, rows);
        }
        return rows.finish();
    }

    /** Holds the first rows until the layout is known, then passes every row through it. */
    private static final class Rows implements RowSink {

        private final Consumer<IntakeRow> sink;
        private final boolean needsAsins;
        private final List<Integer> sampleNumbers = new ArrayList<>();
        private final List<List<String>> sample = new ArrayList<>();
        private ColumnLayout layout;
        private int count;

        Rows(Consumer<IntakeRow> sink, boolean needsAsins) {
            this.sink = sink;
            this.needsAsins = needsAsins;
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (layout != null) {
                emit(rowNumber, cells);
                return;
            }
            sampleNumbers.add(rowNumber);
            sample.add(cells);
            if (sample.size() == SAMPLE_ROWS) {
                decide();
            }
        }

        int finish() {
            if (layout == null) {
                if (sample.isEmpty()) {
                    throw new InvalidException("the file is empty: it needs one code per row");
                }
                decide();
            }
            if (count == 0) {
                throw new InvalidException("the file has a header but no code rows");
            }
            return count;
        }

        private void decide() {
            layout = ColumnLayout.of(sample);
            if (needsAsins && layout.asin() < 0) {
                throw new InvalidException("direct import (use_amazon_api=false) needs two columns, the code and its "
                        + "ASIN (header 'asin', or ASINs in the second column of a file without header)");
            }
            for (int i = layout.header() ? 1 : 0; i < sample.size(); i++) {
                emit(sampleNumbers.get(i), sample.get(i));
            }
            sample.clear();
        }

        private void emit(int rowNumber, List<String> cells) {
            count++;
            sink.accept(layout.toRow(rowNumber, cells));
        }
    }
}
