package com.code2asin.jobs.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Job creation as JSON: the upload's fields and options at the top level, the codes as {@code items}. */
public record JobRequest(
        String name,
        String supplierCode,
        Boolean useAmazonApi,
        List<Item> items,
        Boolean autoMatch,
        Double confidenceThreshold,
        List<String> marketplaces,
        String provider,
        Boolean downloadImages,
        Integer maxImagesPerProduct,
        String imageMode,
        Boolean withPrices,
        java.util.Map<String, Object> productFilter,
        @Schema(enumeration = {"fallback", "each"}, nullable = true, description = "fallback (default): the first "
                + "marketplace, then the next ones in turn for the codes it has no candidate for, one result a code; "
                + "each: every code on every marketplace, one result per code and marketplace, side by side")
        String marketplaceMode) {

    /** One code, with what the seller knows of it; {@code asin} only for a direct import. */
    public record Item(String code, String productId, String name, String brand, String asin, String sku,
                       String price, String quantity, String condition) {
    }

    public JobOptions options() {
        return new JobOptions(downloadImages, maxImagesPerProduct, imageMode, marketplaces, provider, autoMatch,
                confidenceThreshold, withPrices, marketplaceMode);
    }
}
