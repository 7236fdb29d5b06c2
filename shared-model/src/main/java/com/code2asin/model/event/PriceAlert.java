package com.code2asin.model.event;

import com.code2asin.model.Marketplace;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code price.alert} on {@code code2asin.price-alerts.v1}: Amazon's price for an item's ASIN is further from the
 * seller's own price (the upload's price column) than the threshold, in percent of the seller's price; positive
 * when Amazon is dearer. Sent with each answer that finds it so, a scheduled refresh included.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PriceAlert(
        UUID jobId,
        UUID itemId,
        String tenant,
        String productId,
        String code,
        String asin,
        Marketplace marketplace,
        BigDecimal sellerPrice,
        BigDecimal amazonPrice,
        String currency,
        BigDecimal differencePercent,
        BigDecimal thresholdPercent,
        Instant at) {
}
