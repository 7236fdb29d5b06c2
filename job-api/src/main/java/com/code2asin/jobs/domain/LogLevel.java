package com.code2asin.jobs.domain;

import com.code2asin.model.WireNames;
import jakarta.persistence.Converter;
import java.util.Locale;

/** How much a line of a job's log matters: {@code info}, {@code warning} or {@code error}. */
public enum LogLevel {
    INFO, WARNING, ERROR;

    /** The lowercase name the API shows and the database holds. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A level named in a request; an unknown one is a 400 that lists the levels. */
    public static LogLevel parse(String value) {
        return WireNames.find(LogLevel.class, value).orElseThrow(() ->
                new InvalidException("level '" + value + "' is unknown; use error, warning or info"));
    }

    @Converter(autoApply = true)
    public static class Column extends LowercaseColumn<LogLevel> {
        public Column() {
            super(LogLevel.class);
        }
    }
}
