package com.code2asin.jobs.domain;

import jakarta.persistence.Converter;
import java.util.Locale;

/** Where an export stands: {@code requested} through the API, then {@code done} or {@code failed} by export-service. */
public enum ExportStatus {
    REQUESTED, DONE, FAILED;

    /** The lowercase name the API shows and the database holds. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Converter(autoApply = true)
    public static class Column extends LowercaseColumn<ExportStatus> {
        public Column() {
            super(ExportStatus.class);
        }
    }
}
