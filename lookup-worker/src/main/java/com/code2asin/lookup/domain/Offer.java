package com.code2asin.lookup.domain;

import java.math.BigDecimal;

/** The current offer price of an ASIN on one marketplace; a null price means it is listed without a priced offer. */
public record Offer(BigDecimal price, String currency) {

    public static final Offer NONE = new Offer(null, null);
}
