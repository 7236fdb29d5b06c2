package com.code2asin.jobs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amazon's price against the seller's own, as sellers write theirs. */
class PriceDifferenceTest {

    @Test
    void inPercentOfTheSellersPricePositiveWhenAmazonIsDearer() {
        assertEquals(new BigDecimal("49.00"), PriceAlerts.difference("10,00 €", new BigDecimal("14.90"), "EUR"));
        assertEquals(new BigDecimal("-10.00"), PriceAlerts.difference("12", new BigDecimal("10.80"), "EUR"));
        assertEquals(new BigDecimal("0.08"), PriceAlerts.difference("EUR 1 234,50", new BigDecimal("1235.50"), "EUR"));
    }

    @Test
    void notComparedWhenUnknownUnreadableOrInAnotherCurrency() {
        assertNull(PriceAlerts.difference("£10", new BigDecimal("11.00"), "EUR"), "pounds are not euros");
        assertNull(PriceAlerts.difference("$10", new BigDecimal("11.00"), "GBP"));
        assertEquals(new BigDecimal("10.00"), PriceAlerts.difference("$10", new BigDecimal("11.00"), "USD"));
        assertNull(PriceAlerts.difference("ask us", new BigDecimal("11.00"), "EUR"));
        assertNull(PriceAlerts.difference(null, new BigDecimal("11.00"), "EUR"));
        assertNull(PriceAlerts.difference("10", null, null), "no Amazon price");
    }
}
