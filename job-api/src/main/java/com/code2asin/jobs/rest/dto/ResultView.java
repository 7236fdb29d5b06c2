package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.domain.ResultLine;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item's result with the field names of seeds 000 and 002 ({@code product_ean}, {@code amazon_title},
 * {@code match_confidence} and its alias {@code confidence}, {@code matched_at}...), the file's own columns, and
 * every candidate the lookup found. Images and candidates are written as stored (JSON), never parsed on the way.
 * {@code amazon_rating} and {@code amazon_review_count} are null: the Creators API no longer returns them reliably
 * and SP-API Catalog never did. The enums' and raw values' {@code @Schema} say what the wire carries (lowercase
 * values, arrays), which the Java types do not.
 */
public record ResultView(
        UUID id,
        int rowNumber,
        String productId,
        String productName,
        String productEan,
        String gtin14,
        String codeType,
        String sku,
        String supplierPrice,
        String quantity,
        @Schema(type = SchemaType.STRING, implementation = ItemStatus.class) String status,
        String asin,
        String amazonTitle,
        String amazonBrand,
        Double matchConfidence,
        Double confidence,
        @Schema(type = SchemaType.STRING, implementation = MatchType.class) String matchType,
        Instant matchedAt,
        BigDecimal amazonPrice,
        String amazonCurrency,
        Integer amazonSalesRank,
        Double amazonRating,
        Integer amazonReviewCount,
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = String.class) String amazonImages,
        int imagesStored,
        @Schema(type = SchemaType.STRING, implementation = ErrorCategory.class) String errorCategory,
        String error,
        boolean fromCache,
        String marketplace,
        int lookupAttempts,
        Instant nextRetryAt,
        String reviewedBy,
        Instant reviewedAt,
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = Candidate.class) String candidates) {

    public static ResultView from(ResultLine i) {
        boolean matched = "MATCHED".equals(i.status());
        return new ResultView(i.id(), i.rowNumber(), i.productId(), i.productName(), i.code(), i.gtin14(),
                i.codeType(), i.sku(), i.supplierPrice(), i.quantity(), lower(i.status()), i.asin(), i.title(),
                i.amazonBrand(), i.confidence(), i.confidence(), lower(i.matchType()),
                matched ? (i.reviewedAt() != null ? i.reviewedAt() : i.updatedAt()) : null,
                i.price(), i.currency(), i.salesRank(), null, null, orEmpty(i.imageUrlsJson()), i.imagesStored(),
                lower(i.errorCategory()), i.error(), i.fromCache(), i.marketplace(), i.lookupAttempts(), i.retryAt(),
                i.reviewedBy(), i.reviewedAt(), orEmpty(i.candidatesJson()));
    }

    private static String lower(String enumName) {
        return enumName == null ? null : enumName.toLowerCase(java.util.Locale.ROOT);
    }

    private static String orEmpty(String json) {
        return json == null ? "[]" : json;
    }
}
