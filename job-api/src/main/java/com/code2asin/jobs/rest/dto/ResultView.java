package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.domain.ResultLine;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import com.code2asin.model.event.OfferSummary;
import com.code2asin.model.event.StoredImage;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item's result with the compatibility field names (docs/design.md) ({@code product_ean}, {@code amazon_title},
 * {@code match_confidence} and its alias {@code confidence}, {@code matched_at}...), the file's own columns, and
 * every candidate the lookup found. Images and candidates are written as stored (JSON), never parsed on the way.
 * {@code amazon_rating} and {@code amazon_review_count} are null: the Creators API no longer returns them reliably
 * and SP-API Catalog never did. The enums' and raw values' {@code @Schema} say what the wire carries (lowercase
 * values, arrays), which the Java types do not.
 */
public record ResultView(
        UUID id,
        int rowNumber,
        @Schema(nullable = true) String productId,
        @Schema(nullable = true) String productName,
        String productEan,
        @Schema(nullable = true) String gtin14,
        @Schema(nullable = true) String codeType,
        @Schema(nullable = true) String sku,
        @Schema(nullable = true) String supplierPrice,
        @Schema(nullable = true) String quantity,
        @Schema(nullable = true) String condition,
        @Schema(type = SchemaType.STRING, implementation = ItemStatus.class) String status,
        @Schema(nullable = true) String asin,
        @Schema(nullable = true) String amazonTitle,
        @Schema(nullable = true) String amazonBrand,
        @Schema(nullable = true) Double matchConfidence,
        @Schema(nullable = true) Double confidence,
        @Schema(type = SchemaType.STRING, implementation = MatchType.class, nullable = true) String matchType,
        @Schema(nullable = true) Instant matchedAt,
        @Schema(nullable = true) BigDecimal amazonPrice,
        @Schema(nullable = true) String amazonCurrency,
        @Schema(nullable = true) Integer amazonSalesRank,
        @Schema(nullable = true) Double amazonRating,
        @Schema(nullable = true) Integer amazonReviewCount,
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = String.class) String amazonImages,
        int imagesStored,
        @Schema(type = SchemaType.STRING, implementation = ErrorCategory.class, nullable = true) String errorCategory,
        @Schema(nullable = true) String error,
        boolean fromCache,
        @Schema(nullable = true) String marketplace,
        int lookupAttempts,
        @Schema(nullable = true) Instant nextRetryAt,
        @Schema(nullable = true) String reviewedBy,
        @Schema(nullable = true) Instant reviewedAt,
        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = Candidate.class) String candidates,
        List<StoredImageView> storedImages,
        @JsonRawValue @Schema(implementation = OfferSummary.class, nullable = true,
                description = "the chosen ASIN's offers (Buy Box, lowest new price, offer count, fulfilment, Prime)")
        String amazonOffer,
        @Schema(nullable = true, description = "Amazon's price against the seller's own (the upload's price), in "
                + "percent of the seller's; null when either is unknown or they are in different currencies")
        BigDecimal priceDifferencePercent,
        @Schema(description = "whether the difference passes job-api.price-alert-threshold-percent (a price.alert "
                + "was sent)") boolean priceAlert) {

    private static final ObjectReader STORED_IMAGES = new ObjectMapper().readerForListOf(StoredImage.class);

    public static ResultView from(UUID jobId, ResultLine i, boolean priceAlert) {
        boolean matched = i.status() == ItemStatus.MATCHED;
        return new ResultView(i.id(), i.rowNumber(), i.productId(), i.productName(), i.code(), i.gtin14(),
                i.codeType(), i.sku(), i.supplierPrice(), i.quantity(), i.condition(), lower(i.status()), i.asin(),
                i.title(), i.amazonBrand(), i.confidence(), i.confidence(), lower(i.matchType()),
                matched ? (i.reviewedAt() != null ? i.reviewedAt() : i.updatedAt()) : null,
                i.price(), i.currency(), i.salesRank(), null, null, orEmpty(i.imageUrlsJson()), i.imagesStored(),
                lower(i.errorCategory()), i.error(), i.fromCache(),
                i.marketplace() == null ? null : i.marketplace().name(), i.lookupAttempts(), i.retryAt(),
                i.reviewedBy(), i.reviewedAt(), orEmpty(i.candidatesJson()), storedImages(jobId, i),
                i.offerJson(), i.priceDifferencePercent(), priceAlert);
    }

    /** Images stored before they had a digest (keys alone) have no route: they are listed without one. */
    private static List<StoredImageView> storedImages(UUID jobId, ResultLine i) {
        if (i.storedImagesJson() == null) {
            return List.of();
        }
        try {
            List<StoredImage> stored = STORED_IMAGES.readValue(i.storedImagesJson());
            return stored.stream().map(image -> image.sha256() == null
                    ? new StoredImageView(image.key(), null, 0, 0, 0, null)
                    : StoredImageView.of(jobId, i.id(), image)).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored images of item " + i.id() + " are not readable JSON", e);
        }
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String orEmpty(String json) {
        return json == null ? "[]" : json;
    }
}
