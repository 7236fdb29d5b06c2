package com.code2asin.jobs.rest.dto;

import java.util.List;

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
        java.util.Map<String, Object> productFilter) {

    /** One code, with what the seller knows of it; {@code asin} only for a direct import. */
    public record Item(String code, String productId, String name, String brand, String asin, String sku,
                       String price, String quantity, String condition) {
    }

    public JobOptions options() {
        return new JobOptions(downloadImages, maxImagesPerProduct, imageMode, marketplaces, provider, autoMatch,
                confidenceThreshold, withPrices);
    }
}
