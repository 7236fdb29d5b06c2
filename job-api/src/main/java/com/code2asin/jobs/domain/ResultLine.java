package com.code2asin.jobs.domain;

import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One item as the results pages show it, read straight from SQL (no entity is loaded on this hot path). Image URLs
 * and candidates stay the JSON text they are stored as, and are written out as they are; the stored images (JSON
 * too) are read to give each its link.
 */
public record ResultLine(UUID id, int rowNumber, String productId, String productName, String code, String gtin14,
                         String codeType, String sku, String supplierPrice, String quantity, String condition,
                         ItemStatus status, String asin, String title, String amazonBrand, Double confidence,
                         MatchType matchType, BigDecimal price, String currency, Integer salesRank, String imageUrlsJson,
                         int imagesStored, ErrorCategory errorCategory, String error, boolean fromCache,
                         Marketplace marketplace,
                         int lookupAttempts, Instant retryAt,
                         String candidatesJson, String reviewedBy, Instant reviewedAt, Instant updatedAt,
                         String storedImagesJson, String offerJson, BigDecimal priceDifferencePercent) {
}
