package com.code2asin.exports.service;

import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.ResultRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern AMOUNT = Pattern.compile("[\\p{Sc}A-Z]*([0-9][0-9.,]*)[\\p{Sc}A-Z]*");

    /** A row's offer, or why it cannot be one. */
    record Checked(ListingOffer offer, String problems) {
    }

    static Checked of(ResultRow row) {
        List<String> problems = new ArrayList<>();
        if (row.status() != ItemStatus.MATCHED || row.asin() == null) {
            problems.add("no ASIN: the item is " + (row.status() == null ? "not matched"
                    : row.status().value()));
        }
        Marketplace marketplace = row.marketplace() == null ? null : Marketplace.find(row.marketplace()).orElse(null);
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
        BigDecimal price = price(row.sellerPrice());
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

    /**
     * An amount as sellers write it ("12,50 €", "EUR 1 234.50", "1.234,50"): a currency may stand before or after it;
     * when both '.' and ',' appear, the last is the decimal point, and a separator written several times groups
     * thousands. Null when it is not an amount above 0 with at most 2 decimals ("1.234" alone is refused: which is
     * it?).
     */
    static BigDecimal price(String written) {
        if (written == null) {
            return null;
        }
        String text = SPACES.matcher(written.toUpperCase(Locale.ROOT)).replaceAll("");
        java.util.regex.Matcher amount = AMOUNT.matcher(text);
        if (!amount.matches()) {
            return null;
        }
        String digits = amount.group(1);
        char decimal = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
        char grouping = decimal == '.' ? ',' : '.';
        long decimals = digits.chars().filter(c -> c == decimal).count();
        String plain = decimals == 1 ? digits.replace(String.valueOf(grouping), "").replace(decimal, '.')
                : digits.replace(String.valueOf(decimal), "").replace(String.valueOf(grouping), "");
        if (decimals > 1 && digits.indexOf(grouping) >= 0) {
            return null; // "1.234.5,6": grouped both ways
        }
        try {
            BigDecimal value = new BigDecimal(plain);
            return value.signum() > 0 && value.stripTrailingZeros().scale() <= 2 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
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
