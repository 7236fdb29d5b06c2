package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.domain.InvalidException;

/**
 * A true/false query parameter, read by the resource rather than by the framework: the framework reads anything but
 * {@code true} as false, so {@code include_unmatched=yes} or {@code =1} quietly meant the opposite. Here it is a 400
 * naming the parameter.
 */
public final class Flag {

    private Flag() {
    }

    /** The value ({@code true} or {@code false}, in any case), {@code absent} when not given, or a 400. */
    public static boolean of(String name, String value, boolean absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidException(name + " must be true or false; got '"
                    + (value.length() <= 24 ? value : value.substring(0, 24) + "...") + "'");
        };
    }
}
