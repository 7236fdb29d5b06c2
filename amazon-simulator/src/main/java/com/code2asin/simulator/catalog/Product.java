package com.code2asin.simulator.catalog;

import com.code2asin.model.Marketplace;

import java.util.List;

/**
 * One ASIN as one marketplace shows it. Parents (VARIATION_PARENT) have no identifiers, package quantity or
 * sales rank; {@code parentAsin} is set on variation children only.
 */
public record Product(String asin, Marketplace marketplace, String itemClassification, List<Identifier> identifiers,
                      String brand, String manufacturer, String itemName, String modelNumber, String color,
                      String size, Integer packageQuantity, Category category, Rank rank, List<Image> images,
                      String parentAsin, List<String> childAsins) {

    public static final String BASE_PRODUCT = "BASE_PRODUCT";
    public static final String VARIATION_PARENT = "VARIATION_PARENT";

    /** An identifier as stored on the ASIN: type EAN, UPC or GTIN and its digits. */
    public record Identifier(String type, String value) {
    }

    public record Image(String variant, String link, int width, int height) {
    }

    /** Best-seller ranks: in the browse node and in the website display group. */
    public record Rank(int inNode, int inGroup) {
    }
}
