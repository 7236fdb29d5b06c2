package com.code2asin.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** File formats export-service writes. */
public enum ExportFormat {
    @JsonProperty("xlsx") XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    @JsonProperty("csv") CSV("csv", "text/csv; charset=utf-8"),
    @JsonProperty("json") JSON("json", "application/json");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format a person names: its extension, or "excel" for XLSX (seed 002); empty when unknown. */
    public static java.util.Optional<ExportFormat> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.equals("excel")) {
            return java.util.Optional.of(XLSX);
        }
        return java.util.Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }
}
