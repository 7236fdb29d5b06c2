package com.code2asin.model.code;

/** Barcode families recognised on intake; {@code label} is what users and exports see. */
public enum CodeType {
    EAN_8("EAN-8"), UPC_A("UPC-A"), UPC_E("UPC-E"), EAN_13("EAN-13"), JAN("JAN"), GTIN_14("GTIN-14"),
    ISBN_10("ISBN-10"), ISBN_13("ISBN-13");

    private final String label;

    CodeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
