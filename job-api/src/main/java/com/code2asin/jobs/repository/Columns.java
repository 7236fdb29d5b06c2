package com.code2asin.jobs.repository;

import java.util.Locale;

/** Values of the text columns that hold an enum's name, as the SQL readers get them. */
final class Columns {

    private Columns() {
    }

    /** The constant named, or null for NULL. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** The constant whose name the column holds in lower case (never NULL). */
    static <E extends Enum<E>> E lowerCaseEnumOf(Class<E> type, String name) {
        return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    }
}
