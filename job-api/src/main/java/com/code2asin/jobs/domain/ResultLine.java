package com.code2asin.jobs.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One item as the results pages show it, read straight from SQL (no entity is loaded on this hot path). Image URLs
 * and candidates stay the JSON text they are stored as, and are written out as they are; the stored images (JSON
 * too) are read to give each its link.
 */
public record ResultLine(UUID id, int rowNumber, String productId, String productName, String code, String gtin14,
                         String codeType, String sku, String supplierPrice, String quantity, String condition, String status,
                         String asin, String title, String amazonBrand, Double confidence, String matchType,
                         BigDecimal price, String currency, Integer salesRank, String imageUrlsJson, int imagesStored,
                         String errorCategory, String error, boolean fromCache, String marketplace,
                         int lookupAttempts, Instant retryAt,
                         String candidatesJson, String reviewedBy, Instant reviewedAt, Instant updatedAt,
                         String storedImagesJson, String offerJson, BigDecimal priceDifferencePercent) {
}
