package com.code2asin.jobs.domain;

import java.util.Locale;

/** A job over a stated limit (bytes of the upload, codes of the job): answered 413 with the figures to cut to. */
public class TooLargeException extends RuntimeException {

    private TooLargeException(String message) {
        super(message);
    }

    public static TooLargeException upload(String fileName, long bytes, long limit) {
        return new TooLargeException(name(fileName) + " is " + megabytes(bytes) + " MB; files up to "
                + megabytes(limit) + " MB are taken: split it into several jobs");
    }

    public static TooLargeException codes(String fileName, long limit) {
        return new TooLargeException(name(fileName) + " holds more than " + String.format(Locale.ROOT, "%,d", limit)
                + " codes, the most one job takes: split it into several jobs; nothing was stored");
    }

    /** A job asking each of its {@code marketplaces} for every code holds codes x marketplaces items. */
    public static TooLargeException codes(String fileName, long limit, int marketplaces) {
        return marketplaces == 1 ? codes(fileName, limit) : new TooLargeException(name(fileName) + " holds more than "
                + String.format(Locale.ROOT, "%,d", limit / marketplaces) + " codes: with marketplace_mode each, "
                + "every code counts once per marketplace (" + marketplaces + "), and a job takes at most "
                + String.format(Locale.ROOT, "%,d", limit) + "; split it into several jobs or name fewer "
                + "marketplaces; nothing was stored");
    }

    public static TooLargeException jsonItems(int items, int limit) {
        return new TooLargeException(items + " items in one JSON request; up to " + limit + " are taken this way: "
                + "send larger lists as a file");
    }

    private static String name(String fileName) {
        return fileName == null ? "the upload" : "'" + fileName + "'";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }
}
