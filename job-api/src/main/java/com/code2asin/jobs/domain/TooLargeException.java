package com.code2asin.jobs.domain;

/** An upload over the size limit: answered 413 with the sizes, so the caller knows how much to cut. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String fileName, long bytes, long limit) {
        super((fileName == null ? "the upload" : "'" + fileName + "'") + " is " + megabytes(bytes)
                + " MB; files up to " + megabytes(limit) + " MB are taken: split it into several jobs");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }
}
