package com.code2asin.simulator.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** A listing price in the marketplace currency (EUR, GBP or USD). */
public record Price(BigDecimal amount, String currency) {

    /** As the store shows it: "19,99 €" on the euro stores, "£19.99", "$19.99". */
    public String displayAmount() {
        String twoDecimals = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return switch (currency) {
            case "EUR" -> twoDecimals.replace('.', ',') + " €";
            case "GBP" -> "£" + twoDecimals;
            case "USD" -> "$" + twoDecimals;
            default -> twoDecimals + " " + currency.toUpperCase(Locale.ROOT);
        };
    }
}
