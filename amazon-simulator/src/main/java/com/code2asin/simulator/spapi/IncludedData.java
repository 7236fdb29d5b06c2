package com.code2asin.simulator.spapi;

import java.util.Arrays;
import java.util.Optional;

/** The includedData values of Catalog Items v2022-04-01. attributes, dimensions and vendorDetails are accepted but not generated. */
public enum IncludedData {
    ATTRIBUTES("attributes"), CLASSIFICATIONS("classifications"), DIMENSIONS("dimensions"),
    IDENTIFIERS("identifiers"), IMAGES("images"), PRODUCT_TYPES("productTypes"), RELATIONSHIPS("relationships"),
    SALES_RANKS("salesRanks"), SUMMARIES("summaries"), VENDOR_DETAILS("vendorDetails");

    private final String wireName;

    IncludedData(String wireName) {
        this.wireName = wireName;
    }

    public static Optional<IncludedData> of(String wireName) {
        return Arrays.stream(values()).filter(d -> d.wireName.equals(wireName)).findFirst();
    }
}
