package com.code2asin.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * File formats export-service writes, by the name people ask for them with. The two Amazon listing formats are ZIP
 * archives: the file(s) to give Amazon, and the items that could not be listed with the reason.
 */
public enum ExportFormat {
    @JsonProperty("xlsx") XLSX("xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    @JsonProperty("csv") CSV("csv", "csv", "text/csv; charset=utf-8"),
    @JsonProperty("json") JSON("json", "json", "application/json"),
    /** JSON_LISTINGS_FEED documents for the Feeds API, one offer-only message per matched item. */
    @JsonProperty("listings_json") LISTINGS_JSON("listings_json", "zip", "application/zip"),
    /** The tab-separated Inventory Loader file, for a manual upload in Seller Central. */
    @JsonProperty("inventory_loader") INVENTORY_LOADER("inventory_loader", "zip", "application/zip");

    private final String value;
    private final String extension;
    private final String contentType;

    ExportFormat(String value, String extension, String contentType) {
        this.value = value;
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The name people and events use. */
    public String value() {
        return value;
    }

    /** The formats that offer matched items on Amazon (ZIPs with the items that could not be offered). */
    public boolean isAmazonListing() {
        return this == LISTINGS_JSON || this == INVENTORY_LOADER;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format a person names: its value, or "excel" for XLSX (the compatibility export path's name); empty when unknown. */
    public static java.util.Optional<ExportFormat> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.equals("excel")) {
            return java.util.Optional.of(XLSX);
        }
        return java.util.Arrays.stream(values()).filter(f -> f.value.equals(wanted)).findFirst();
    }
}
