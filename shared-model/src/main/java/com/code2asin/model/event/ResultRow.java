package com.code2asin.model.event;

import com.code2asin.model.Marketplace;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One line of a result snapshot (claim check in S3): an item and its chosen match, as exports need it, with the
 * seller's own SKU, price, quantity and condition as the upload gave them (the Amazon listing formats offer them), and
 * the images stored in S3 for its product ({@code images} are Amazon's URLs), its change log without the
 * providers' raw answers, the offers behind {@code price} when the job asked for them, and Amazon's price against
 * the seller's own in percent of the seller's.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResultRow(
        UUID itemId,
        long rowNumber,
        String code,
        String gtin14,
        String codeType,
        String productId,
        String productName,
        ItemStatus status,
        MatchType matchType,
        String asin,
        Double confidence,
        String title,
        String brand,
        BigDecimal price,
        String currency,
        Integer salesRank,
        List<String> images,
        ErrorCategory errorCategory,
        String error,
        Marketplace marketplace,
        String sku,
        String sellerPrice,
        String quantity,
        String condition,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StoredImage> storedImages,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ItemChange> history,
        OfferSummary offer,
        BigDecimal priceDifferencePercent) {

    /** A row without the seller's offer columns. */
    public ResultRow(UUID itemId, long rowNumber, String code, String gtin14, String codeType, String productId,
                     String productName, ItemStatus status, MatchType matchType, String asin, Double confidence,
                     String title, String brand, BigDecimal price, String currency, Integer salesRank,
                     List<String> images, ErrorCategory errorCategory, String error, Marketplace marketplace) {
        this(itemId, rowNumber, code, gtin14, codeType, productId, productName, status, matchType, asin, confidence,
                title, brand, price, currency, salesRank, images, errorCategory, error, marketplace, null, null, null,
                null, List.of(), List.of(), null, null);
    }
}
