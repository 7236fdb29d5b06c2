package com.code2asin.model.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The offers of an ASIN on its marketplace, as SP-API's Product Pricing API summarises them (getItemOffersBatch, new
 * condition): the Buy Box price and the lowest new price, landed (item plus shipping), in {@code currency}; how many
 * offers there are; who fulfils and whether Prime applies to the Buy Box winner (or to the lowest offer when no one
 * holds the Buy Box); and Amazon's availability type (NOW, FUTURE_WITH_DATE, FUTURE_WITHOUT_DATE). Every field is
 * absent when Amazon did not say.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferSummary(
        @Schema(nullable = true) BigDecimal buyBoxPrice,
        @Schema(nullable = true) BigDecimal lowestNewPrice,
        @Schema(nullable = true) String currency,
        @Schema(nullable = true) Integer offerCount,
        @Schema(nullable = true) Fulfillment fulfillment,
        @Schema(nullable = true) Boolean prime,
        @Schema(nullable = true) String availability) {

    /** The price a buyer sees first: the Buy Box's, or the lowest new one when nobody holds the Buy Box. */
    public BigDecimal displayPrice() {
        return buyBoxPrice != null ? buyBoxPrice : lowestNewPrice;
    }
}
