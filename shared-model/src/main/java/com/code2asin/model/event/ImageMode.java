package com.code2asin.images.domain;

import java.util.Locale;

/** What to do with a product's images already stored when new ones are requested. */
public enum ImageMode {
    /** Store the new images, then drop the product's images that are not among them. */
    REPLACE,
    /** Store the new images next to the old ones. */
    APPEND,
    /** Do nothing when the product already has images. */
    SKIP;

    /** Parses the event's {@code mode}; absent means {@link #APPEND}, which neither deletes nor skips. */
    public static ImageMode parse(String value) {
        if (value == null || value.isBlank()) {
            return APPEND;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown image mode '" + value + "' (expected replace, append or skip)");
        }
    }
}
