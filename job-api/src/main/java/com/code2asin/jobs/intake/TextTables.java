package com.code2asin.jobs.intake;

import com.code2asin.jobs.domain.InvalidException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Streams a delimited text file (CSV, TSV, TXT) row by row. The encoding comes from a BOM (UTF-8, UTF-16); without
 * one, zero bytes in every other position mean UTF-16, a file that decodes as UTF-8 is UTF-8, and anything else is
 * Windows-1252 (what Excel writes on a French or German PC). The delimiter (, ; tab |) is the one the first line
 * holds most of.
 */
final class TextTables {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE = 1 << 16;
    /** The longest line read, in characters: a row of codes and product data is a few hundred. */
    static final int MAX_LINE = 1 << 18;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextTables() {
    }

    static void read(Path file, RowSink sink) throws IOException {
        Charset charset = charsetOf(file);
        try (BOMInputStream in = BOMInputStream.builder()
                .setInputStream(new BufferedInputStream(Files.newInputStream(file), SAMPLE))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get()) {
            BufferedReader reader = new BufferedReader(new LineLimit(new InputStreamReader(in, charset)), SAMPLE);
            reader.mark(MAX_LINE + 2);
            String firstLine = reader.readLine();
            if (firstLine == null || firstLine.isBlank()) {
                throw new InvalidException("the file is empty: it needs one code per row");
            }
            reader.reset();
            // lenient on stray quotes: one badly quoted row must not sink the file
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiterOf(firstLine)).setTrim(true)
                    .setIgnoreEmptyLines(true).setTrailingData(true).setLenientEof(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    sink.row((int) record.getRecordNumber(), record.toList());
                }
            } catch (java.io.UncheckedIOException e) {
                throw new InvalidException("the file cannot be read as delimited text: " + e.getCause().getMessage());
            }
        }
    }

    /**
     * Refuses a line longer than {@link #MAX_LINE} before it is held whole: a line of millions of separators (or a
     * file whose line ends are not line ends) would become millions of cells in memory.
     */
    private static final class LineLimit extends FilterReader {

        private long line = 1;
        private int length;

        LineLimit(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            int read = super.read(buffer, offset, count);
            for (int i = offset; i < offset + read; i++) {
                count(buffer[i]);
            }
            return read;
        }

        private void count(char c) {
            if (c == '\n' || c == '\r') {
                line += c == '\n' ? 1 : 0;
                length = 0;
            } else if (++length > MAX_LINE) {
                throw new InvalidException("line " + line + " of the file is longer than " + MAX_LINE / 1024
                        + " K characters: a row of codes is a few hundred; check the file's delimiter and line ends");
            }
        }
    }

    /**
     * The encoding: a BOM's; else zero bytes in every other position of the first 64 KB mean UTF-16; else UTF-8
     * when the whole file decodes as UTF-8 (a Windows-1252 accent on the last line counts too), else Windows-1252.
     */
    static Charset charsetOf(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        }
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(sample, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(sample, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = sample.length / 2;
        if (half > 0 && oddZeros > half * 0.6 && evenZeros < half * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (half > 0 && evenZeros > half * 0.6 && oddZeros < half * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        if (evenZeros + oddZeros > 0) {
            throw new InvalidException("the file is not text (it holds zero bytes): send CSV, TSV, TXT, XLSX or XLS");
        }
        return decodesAsUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** True unless the file holds a byte sequence UTF-8 forbids; read once, 64 KB at a time. */
    private static boolean decodesAsUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(SAMPLE);
        CharBuffer chars = CharBuffer.allocate(SAMPLE);
        try (var channel = Files.newByteChannel(file)) {
            while (channel.read(bytes) >= 0) {
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            CoderResult end = decoder.decode(bytes, chars, true);
            return !end.isError() && !decoder.flush(chars).isError();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static char delimiterOf(String line) {
        char best = ',';
        long bestCount = 0;
        for (char d : DELIMITERS) {
            long count = line.chars().filter(c -> c == d).count();
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }
}
