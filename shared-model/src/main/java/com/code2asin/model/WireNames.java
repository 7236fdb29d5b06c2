package com.code2asin.model;

import java.util.Arrays;
import java.util.Optional;

/** Enums as requests and events name them: by their constant's name in lowercase ({@code replace}, {@code error}). */
public final class WireNames {

    private WireNames() {
    }

    /** The constant so named, whatever its case and surrounding spaces; empty for null or an unknown name. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
