package com.code2asin.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM's {@code -Xlog:gc} file read between two marks: the most heap in use (just before a collection), the most
 * that survived one (the live set), and the heap's size. A bench marks it when a step starts.
 */
final class GcLog {

    /** Heap in MB: in use before, after, and the heap's size, in a line such as {@code 93M->30M(108M)}. */
    record Peak(long usedMb, long liveMb, long sizeMb) {
    }

    private static final Pattern HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Path file;

    GcLog(Path file) {
        this.file = file;
    }

    /** Where the log ends now: what a later {@link #peakSince} reads from. */
    long mark() throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    Peak peakSince(long mark) throws IOException {
        long used = 0;
        long live = 0;
        long size = 0;
        if (Files.exists(file)) {
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                byte[] tail = new byte[(int) Math.max(0, in.length() - mark)];
                in.seek(Math.min(mark, in.length()));
                in.readFully(tail);
                Matcher m = HEAP.matcher(new String(tail, StandardCharsets.UTF_8));
                while (m.find()) {
                    used = Math.max(used, Long.parseLong(m.group(1)));
                    live = Math.max(live, Long.parseLong(m.group(2)));
                    size = Math.max(size, Long.parseLong(m.group(3)));
                }
            }
        }
        return new Peak(used, live, size);
    }
}
