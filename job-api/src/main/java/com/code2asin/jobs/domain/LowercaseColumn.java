package com.code2asin.jobs.domain;

import jakarta.persistence.AttributeConverter;
import java.util.Locale;

/**
 * An enum stored by its lowercase name (the name the API shows), as the columns held it while the values were
 * strings. Each enum's converter extends this with its type.
 */
public abstract class LowercaseColumn<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowercaseColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}
