package com.code2asin.exports.service;

import com.code2asin.model.Marketplace;
import com.code2asin.model.SellerPrice;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.ResultRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A matched item as an offer on Amazon: its ASIN and the seller's SKU, price, quantity and condition from the upload.
 * {@link #of} says, for a row that cannot be offered, everything Amazon would refuse in it.
 */
record ListingOffer(String sku, String asin, Marketplace marketplace, BigDecimal price, int quantity,
                    ItemCondition condition) {

    /** Seller Central's limit for a SKU. */
    static final int MAX_SKU = 40;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** A row's offer, or why it cannot be one. */
    record Checked(ListingOffer offer, String problems) {
    }

    static Checked of(ResultRow row) {
        List<String> problems = new ArrayList<>();
        if (row.status() != ItemStatus.MATCHED || row.asin() == null) {
            problems.add("no ASIN: the item is " + (row.status() == null ? "not matched"
                    : row.status().value()));
        }
        Marketplace marketplace = row.marketplace();
        if (row.asin() != null && marketplace == null) {
            problems.add("no marketplace known for ASIN " + row.asin());
        }
        String sku = row.sku() == null ? null : row.sku().strip();
        if (sku == null || sku.isEmpty()) {
            problems.add("no SKU: give the upload a sku column");
        } else if (sku.length() > MAX_SKU || CONTROL.matcher(sku).find()) {
            problems.add("SKU '" + sku + "' is not one Amazon takes: at most " + MAX_SKU
                    + " characters, no tab or line break");
        }
        BigDecimal price = SellerPrice.parse(row.sellerPrice());
        if (price == null) {
            problems.add(row.sellerPrice() == null || row.sellerPrice().isBlank()
                    ? "no price: give the upload a price column"
                    : "price '" + row.sellerPrice() + "' is not an amount above 0 (such as 12.50 or 12,50 €)");
        }
        Integer quantity = quantity(row.quantity());
        if (quantity == null) {
            problems.add(row.quantity() == null || row.quantity().isBlank()
                    ? "no quantity: give the upload a quantity column"
                    : "quantity '" + row.quantity() + "' is not a whole number of 0 or more");
        }
        ItemCondition condition = ItemCondition.of(row.condition()).orElse(null);
        if (condition == null) {
            problems.add("condition '" + row.condition() + "' is not one Amazon knows: new, used like new, used very "
                    + "good, used good, used acceptable, collectible ..., refurbished, or the Inventory Loader "
                    + "number (1-8, 10, 11)");
        }
        return problems.isEmpty()
                ? new Checked(new ListingOffer(sku, row.asin(), marketplace, price, quantity, condition), null)
                : new Checked(null, String.join("; ", problems));
    }

    static Integer quantity(String written) {
        if (written == null) {
            return null;
        }
        try {
            int quantity = Integer.parseInt(written.strip());
            return quantity >= 0 ? quantity : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
