package com.code2asin.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A price as sellers write it in their files ("12,50 €", "EUR 1 234.50", "1.234,50"): a currency may stand before or
 * after it; when both '.' and ',' appear, the last is the decimal point, and a separator written several times groups
 * thousands. Read by job-api (the price difference against Amazon's) and export-service (the listing files).
 */
public final class SellerPrice {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern AMOUNT = Pattern.compile("[\\p{Sc}A-Z]*([0-9][0-9.,]*)[\\p{Sc}A-Z]*");

    private SellerPrice() {
    }

    /**
     * The amount, or null when it is not an amount above 0 with at most 2 decimals ("1.234" alone is refused: which
     * is it?).
     */
    public static BigDecimal parse(String written) {
        if (written == null) {
            return null;
        }
        String text = SPACES.matcher(written.toUpperCase(Locale.ROOT)).replaceAll("");
        Matcher amount = AMOUNT.matcher(text);
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
}
