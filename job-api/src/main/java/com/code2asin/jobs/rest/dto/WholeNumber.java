package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.domain.InvalidException;

/**
 * A whole-number query parameter, read by the resource rather than by the framework: a value that is not a number or
 * does not fit is a 400 naming the parameter and its range (the framework's failed conversion is a bare 404).
 */
public final class WholeNumber {

    private WholeNumber() {
    }

    /** The value, {@code absent} when not given, or a 400 naming {@code name}, its range and {@code why}. */
    public static int of(String name, String value, int absent, int min, int max, String why) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            number = Long.MIN_VALUE;
        }
        if (number < min || number > max) {
            throw new InvalidException(name + " must be a whole number from " + min + " to " + max + why + "; got '"
                    + shown(value) + "'");
        }
        return (int) number;
    }

    public static int of(String name, String value, int absent, int min, int max) {
        return of(name, value, absent, min, max, "");
    }

    private static String shown(String value) {
        return value.length() <= 24 ? value : value.substring(0, 24) + "...";
    }
}
